"""Actor resolution: every mention of an actor in the text becomes one node.

Mentions come from the gazetteer (the EntityRuler), from titled persons ("President Ilham
Aliyev" -> a person whose ``parent`` is the state), from groups named by role ("Armenian
separatists", "Russian peacekeepers", "Azerbaijani forces" -> the state), from surnames of
persons already met ("Aliyev"), and from places named with a place noun ("the Tavush
region"). Capitals used as places ("talks in Brussels", a dateline "YEREVAN, Armenia") are
venues, not actors.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace

from .gazetteer import DIPLOMAT_TITLES, TITLES, name_skeleton, office_holder, office_holders, slug

__all__ = ["Mention", "Registry", "find_mentions"]

#: Nouns of what is given or sent to a government ("support to Baku", "a message to Moscow"):
#: a capital after them and "to" is the recipient, not a place; so is the host of "a visit to".
GIVEN_NOUNS = frozenset(
    ["support", "assistance", "aid", "help", "backing", "gratitude", "thanks", "message"]
    + ["letter", "note", "ultimatum", "warning", "threat", "condolence", "congratulation"]
    + ["appeal", "proposal", "offer", "request", "signal", "weapon", "arm", "loyalty"]
    + ["visit", "trip", "turn"]  # ("turned to Moscow for help": the government turned to)
)
#: Verbs of a journey to a capital's government ("travelled to Baku", "flew to Moscow").
JOURNEY_VERBS = frozenset(["travel", "fly"])
#: Words of flights that carry no visitor ("Turkish Airlines to fly to Yerevan").
FLIGHT_WORDS = frozenset(
    ["airline", "airlines", "airways", "flight", "flights", "carrier", "plane", "planes"]
    + ["aircraft", "drone", "drones", "jet", "jets", "helicopter", "helicopters"]
)

#: Auxiliaries right before a passive participle ("was taken by", "were flown to Baku").
PASSIVE_AUXILIARIES = frozenset(["was", "were", "been", "is", "are", "be", "being"])


def _journey_before(doc, i: int, start: int) -> bool:
    """Whether a visitor's journey leads to the capital at token *i*: a verb of JOURNEY_VERBS
    in the eight words before it, not passive ("were detained and flown to Baku") and not an
    airline's or a plane's."""
    if any(t.lower_ in FLIGHT_WORDS for t in doc[max(start, i - 12) : i]):
        return False
    for t in doc[max(start, i - 8) : i]:
        if t.norm_ not in JOURNEY_VERBS:
            continue
        prev = doc[t.i - 1].lower_ if t.i > start else ""
        if prev in PASSIVE_AUXILIARIES or (t.lower_ == "flown" and prev == "and"):
            continue
        return True
    return False


#: Prepositions after which a capital is a place, not its government.
LOCATIVE = frozenset(
    [
        "in",
        "at",
        "to",
        "from",
        "near",
        "via",
        "into",
        "inside",
        "outside",
        "toward",
        "towards",
        "across",
        "through",
        "around",
        "within",
        "between",
    ]
)
#: Prepositions after which a town is where something happens ("talks in Goris"), unless the
#: words before them make it the target ("shelling in Stepanakert", "villages near Tovuz").
TOWN_LOCATIVE = frozenset(["in", "at", "near", "outside", "inside", "around", "from", "via"])
TOWN_TARGET_HINTS = frozenset(
    [
        "village",
        "town",
        "city",
        "settlement",
        "position",
        "area",
        "house",
        "community",
        "direction",
        "civilian",
        "infrastructure",
        "shelling",
        "shell",
        "fire",
        "firing",
        "strike",
        "attack",
        "bombardment",
        "missile",
        "rocket",
        "drone",
        "target",
        "flag",  # ("raised the national flag in Stepanakert": the town taken)
    ]
)
#: Plural nouns a town's name qualifies ("the Tavush villages"): the name is no actor there.
TOWN_MODIFIED = frozenset(
    ["villages", "towns", "residents", "people", "population", "communities", "sections"]
)
#: Envoys whose withdrawal "from <capital>" names the state, not a place.
ENVOY_WORDS = frozenset(
    ["ambassador", "envoy", "diplomat", "embassy", "mission", "chargé", "charge", "attaché"]
)
#: Verbs whose "its border with X" is the speaker's own border, hit ("shelled its border").
BORDER_HITS = frozenset(["shell", "attack", "fire", "strike", "hit", "bomb", "bombard", "target"])
#: Nouns of a reaction whose "from <capital>" names who reacted ("calls for restraint from
#: Moscow", "criticism from Washington"), not where something came from.
REACTION_NOUNS = frozenset(
    ["call", "criticism", "condemnation", "reaction", "response", "protest", "rebuke"]
    + ["backlash", "objection", "opposition", "praise", "pressure", "demand", "plea"]
)
#: Nouns whose "between <capital> and <capital>" is a route, not a pair of governments.
#: Nouns of vehicles whose demonym names the state they belong to ("Iranian trucks supplied
#: fuel", "an Armenian convoy"). Not arms ("Russian tanks", "Israeli drones" name their maker
#: as often as their owner) nor firms ("a Russian company" is no state).
MATERIEL_NOUNS = frozenset(["truck", "convoy", "airline", "carrier"])
#: Nouns of a state's spies that a demonym before them makes its state ("Azerbaijani
#: intelligence", "Russian handlers").
SPY_NOUNS = frozenset(["intelligence", "handler", "handlers"])
#: Nouns of a strike that a materiel noun before them names the weapon of ("drone strike").
STRIKE_NOUNS = frozenset(["strike", "attack", "raid", "fire", "bombardment"])
#: Nouns of relief whose "to <capital>" names the government that receives it.
RELIEF_NOUNS = frozenset(
    ["aid", "relief", "assistance", "supply", "supplies", "medicine", "food", "flour", "fuel"]
    # ("weapons deliveries to Baku", "arms sales to Yerevan": the buyer)
    + ["delivery", "deliveries", "sale", "sales", "shipment", "shipments", "gas", "oil"]
)
#: Words before "at" that aim at the capital after it ("hit out at Yerevan").
AIMED_AT_WORDS = frozenset(
    ["out", "swipe", "swipes", "jab", "jabs", "dig", "aimed", "directed", "back"]
)
ROUTE_WORDS = frozenset(["road", "route", "highway", "railway", "flight", "border", "distance"])
#: Nouns that "military" qualifies as an adjective: the state's act, not its armed forces.
MILITARY_ACT_NOUNS = frozenset(
    ["action", "operation", "offensive", "campaign", "escalation", "intervention", "solution"]
)
PLURAL_ONLY = frozenset(
    [
        "separatist",
        "rebel",
        "force",
        "troop",
        "official",
        "peacekeeper",
        "guard",
        "civilian",
        "resident",
        "refugee",
        "diplomat",
        "position",
    ]
)


def _opposition_group(doc, i: int, start: int, end: int) -> bool:
    """Whether a bare "opposition" at token *i* names a political group: after "the" or a
    demonym, a state's name or its possessive ("the opposition", "the Armenian opposition",
    "Armenia's opposition"), and not before "to", "from" or "against" ("opposition to the
    plan")."""
    before = doc[i - 1] if i > start else None
    after = doc[i + 1] if i + 1 < end else None
    if after is not None and after.lower_ in ("to", "from", "against"):
        return False
    return before is not None and (
        before.lower_ in ("the", "'s", "’s") or (before.text[:1].isupper() and before.is_alpha)
    )


#: Organisations whose name a state's own body shares ("Security Council").
NAMESAKES = frozenset(["un_security_council"])
#: Words before such a name that make it a state's own body ("his Security Council").
OWN_NAMESAKE_WORDS = frozenset(["his", "her", "its", "their", "our", "my", "national", "country's"])
PLACE_NOUNS = frozenset(
    ["region", "province", "district", "village", "town", "city", "corridor", "enclave"]
)
_NOT_NAMES = frozenset(
    [
        # verbs of a headline in title case ("Assistant Secretary-General Urges Both ..."):
        # what the titled person does, not the person's name
        "Urges",
        "Says",
        "Calls",
        "Meets",
        "Accuses",
        "Warns",
        "Welcomes",
        "Condemns",
        "Demands",
        "Visits",
        "Holds",
        "Slams",
        "Rejects",
        "Denies",
        "Discusses",
        "Hails",
        "Vows",
        "Asks",
        "Tells",
        "Praises",
        "Thanks",
        "Receives",
        "Signs",
        "Agrees",
        "Insists",
        "Claims",
        "Blames",
        "Backs",
        "Voices",
        "Expresses",
        "Stresses",
        # prepositions of a headline in title case ("Recalls Ambassador From Moscow")
        "From",
        "To",
        "Over",
        "With",
        "For",
        "Of",
        "After",
        "Against",
        "Amid",
        "Into",
        "By",
        "As",
        "Before",
        "During",
        "Following",
        "Under",
        "Between",
        "Without",
        "The",
        "A",
        "An",
        "On",
        "In",
        "At",
        "And",
        "But",
        "Or",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "He",
        "She",
        "They",
        "It",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "These",
        "Those",
        "We",
        "I",
        "You",
        "Who",
        "Which",
        # the nouns of institutions ("the Ombudsman Office", "the Prosecutor's Office"): no
        # person's name
        "Office",
        "Ministry",
        "Council",
        "Committee",
        "Commission",
        "Service",
        "Agency",
        "Department",
        "Administration",
        "Bureau",
        "Court",
        "Parliament",
        "Assembly",
        "Government",
    ]
)


_TITLE_WORDS: dict = {}
for _title in TITLES:
    _words = tuple(_title.replace("-", " - ").split())
    _TITLE_WORDS.setdefault(_words[0], []).append(_words)


#: What "its" owns that makes it a party: "shelled its positions", "attacked its territory".
OWN_NOUNS = frozenset(
    ["positions", "territory", "troops", "soldiers", "forces", "border", "villages", "army"]
    # "encroached on its sovereign territory", "violated its territorial integrity"
    + ["sovereign", "sovereignty", "territorial"]
    # "the ICRC said its teams had evacuated patients": the body whose people act
    + ["teams", "staff", "delegates", "volunteers", "doctors", "workers"]
)
#: Words of OWN_NOUNS for a body's people, who act for it.
STAFF_NOUNS = frozenset(["teams", "staff", "delegates", "volunteers", "doctors", "workers"])
#: Words of OWN_NOUNS that make "its" a party only before their noun.
OWN_QUALIFIERS = {"sovereign": "territory", "territorial": "integrity"}


@dataclass
class Mention:
    """An actor mention: token span ``[start, end)``, the actor, and how it was found."""

    start: int
    end: int
    actor: str | None
    label: str  # NAME, CAPITAL, METONYM, PERSON, ROLE, AGENT, PLACE, PAIR, RECIPROCAL, TITLE
    char: tuple
    text: str
    venue: bool = False
    #: resolved from an earlier sentence ("the spokesman"): its relations are less certain
    anaphor: bool = False
    #: a state's office named without its holder ("the Azerbaijani president"), read as the
    #: state: a person all the same for "he" and "him"
    office: bool = False

    @classmethod
    def of_span(cls, span, actor: str | None, label: str) -> Mention:
        """The mention of *actor* that covers the spaCy ``Span`` *span* (its tokens, characters
        and text)."""
        return cls(span.start, span.end, actor, label, (span.start_char, span.end_char), span.text)


@dataclass
class Registry:
    """The actors of one extraction: the gazetteer's, and those found in the text."""

    gazetteer: object
    #: a state's office named without its holder ("the Armenian foreign minister") is the
    #: holder in the text's year (True) or the state (False: the default of `extract`)
    office_holders: bool = False
    new: dict = field(default_factory=dict)  # id -> attrs of actors found in the text
    surnames: dict = field(default_factory=dict)
    fullnames: dict = field(default_factory=dict)
    last_ministry: str | None = None  # the state whose ministry was named last
    last_embassy: str | None = None  # the state whose embassy or ambassador was named last
    dateline: str | None = None  # the state of the capital of the text's dateline
    #: the territory the text named last (set by the reader before each sentence), for "the
    #: region's military"
    last_territory: str | None = None
    #: (state or organisation, title words) -> the person named with that title in the text:
    #: "Armenian Foreign Minister Ararat Mirzoyan ... the Armenian Foreign Minister"
    titles: dict = field(default_factory=dict)
    year: int | None = None  # the year of the text, for the holders of offices
    #: with no date, the year is a guess (the latest the text names) and the text may be of
    #: any year from it to this one: an office's holder must then be the same throughout
    year_until: int | None = None
    text: str = ""  # the text being read (to tell which of an office's holders it names)

    def get(self, ident: str) -> dict | None:
        return self.new.get(ident) or self.gazetteer.actors.get(ident)

    def lineage(self, ident: str | None) -> list:
        """*ident*, its parent, the parent's parent, ... (each once; empty for None)."""
        chain: list = []
        while ident and ident not in chain:
            chain.append(ident)
            ident = (self.get(ident) or {}).get("parent")
        return chain

    def name(self, ident: str) -> str:
        d = self.get(ident) or {}
        return d.get("name", ident)

    def ensure(self, ident: str, **attrs) -> str:
        if self.get(ident) is None:
            attrs.setdefault("aliases", [])
            attrs.setdefault("parent", None)
            self.new[ident] = {k: v for k, v in attrs.items()}
        return ident

    def role(self, role_id: str) -> str | None:
        """The actor of the gazetteer's role group *role_id* ("separatists": the dataset's
        armed group, else the role's own), added to the extraction; None for no such role."""
        role = self.gazetteer.role_defs.get(role_id)
        if role is None:
            return None
        return self.ensure(role.id, name=role.name, kind=role.kind)

    def population(self, territory: str) -> str:
        """The population of *territory* (kind ``population``, ``inhabits`` the territory): the
        actor of the analyst's table named "population of <territory>" when there is one (the
        karabakh-2023 dataset's Karabakh Armenians), else one made for the text."""
        d = self.get(territory) or {}
        for name in [d.get("name", territory), *d.get("aliases", [])]:
            known = self.gazetteer.population_named(f"population of {name}")
            if known:
                return known
        return self.ensure(
            f"{territory}_population",
            name=f"population of {self.name(territory)}",
            kind="population",
            inhabits=territory,
        )

    def alias(self, ident: str, text: str) -> None:
        d = self.new.get(ident)
        if d is not None and text != d.get("name") and text not in d["aliases"]:
            d["aliases"].append(text)

    def person(self, fullname: str, parent: str | None) -> str:
        fullname = " ".join(fullname.split())
        key = fullname.lower()
        known = self.gazetteer.surnames.get(fullname.split()[-1])
        if known and (
            (self.get(known) or {}).get("name", "").lower() == key
            # a surname alone, one word though hyphenated ("Foreign Minister Amir-Abdollahian")
            or (len(fullname.split()) == 1 and "-" in fullname)
        ):
            return known
        if key in self.fullnames:
            ident = self.fullnames[key]
            d = self.new.get(ident)
            if d is not None and d.get("parent") is None and parent:
                d["parent"] = parent
            return ident
        surname = fullname.split()[-1]
        spelt = self._spelt_otherwise(fullname, parent)
        if spelt:
            return spelt  # ("Prime Minister Nikol Paşinyan", "President Alijew")
        ident = slug(surname)
        if self.get(ident) is not None:
            ident = slug(fullname)
        n = 2
        base = ident
        while self.get(ident) is not None:
            ident = f"{base}_{n}"
            n += 1
        self.ensure(ident, name=fullname, kind="person", parent=parent)
        self.fullnames[key] = ident
        if len(fullname.split()) > 1:
            self.surnames.setdefault(surname, ident)
        return ident

    def surname(self, text: str) -> str | None:
        known = self.surnames.get(text) or self.gazetteer.surnames.get(text)
        if known is None and not text.isascii() and text[:1].isupper():
            # a surname in another script's letters ("Paşinyan said"): the one it spells
            known = self.gazetteer.by_skeleton(text, exact=True)
        return known

    def _spelt_otherwise(self, fullname: str, parent: str | None) -> str | None:
        """The known person *fullname* names in another transliteration ("Nikol Paşinyan",
        "Ilham Alijew"): the one person whose surname sounds the same, whose first name (if
        given) begins with the same sounds and whose state is *parent* (if given)."""
        words = fullname.split()
        # (a surname alone must be spelt as the known one sounds: "President Alijew", not
        # "Senator Simon" for Simonyan)
        known = self.gazetteer.by_skeleton(words[-1], exact=len(words) == 1)
        if not known:
            return None
        d = self.get(known) or {}
        first = str(d.get("name", "")).split()[:1]
        if len(words) > 1 and first and not _same_first_name(words[0], first[0]):
            return None  # ("Ali Hajizadeh" is not Ayhan Hajizada; "Aykhan" is)
        if parent and d.get("parent") and parent not in self.lineage(known):
            return None
        return known


#: Words between a people and the role it styles itself with ("Azerbaijanis who describe
#: themselves as eco-activists", "a group of Azerbaijanis presenting themselves as ...").
STYLED_WORDS = frozenset(
    ["who", "describe", "describing", "described", "call", "calling", "called", "present"]
    + ["presenting", "presented", "style", "styling", "styled", "themselves", "as", "so-called"]
    + ["claiming", "claim", "to", "be", "identify", "identifying", '"', "“", "'"]
    + ["posing", "pose", "posed", "masquerading"]
    # ("Azerbaijanis who said they were environmental activists")
    + ["said", "say", "says", "they", "were", "are"]
)

GROUP_WORDS = frozenset(["group", "dozens", "scores", "hundreds", "thousands", "handful"])


def _people_styled(doc, i: int, start: int, demonyms: dict) -> tuple:
    """(state, first token) of the people ("Azerbaijanis", "a group of Azerbaijanis") that a
    role's words at token *i* style: the plural demonym right before words of styling; else
    (None, i)."""
    k = i - 1
    while k >= start and k >= i - 7 and doc[k].lower_ in STYLED_WORDS:
        k -= 1
    if k >= start and k < i - 1:
        word = doc[k].lower_
        if word.endswith("s") and word[:-1] in demonyms:
            first = k
            if k - 2 >= start and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in GROUP_WORDS:
                # ("a group of Azerbaijanis", "dozens of Azerbaijanis")
                first = k - 2 - (k - 3 >= start and doc[k - 3].lower_ in ("a", "the"))
            return demonyms[word[:-1]], first
        if word in STYLED_CROWDS and k - 1 >= start and doc[k - 1].lower_ in demonyms:
            # ("Azerbaijani protesters who describe themselves as environmental activists")
            return demonyms[doc[k - 1].lower_], k - 1
    return None, i


#: Nouns of people who style themselves as a role ("Azerbaijani protesters who call
#: themselves eco-activists").
STYLED_CROWDS = frozenset(["protesters", "demonstrators", "people", "civilians", "men"])


def _same_first_name(a: str, b: str) -> bool:
    """Whether first names *a* and *b* may be one name spelt two ways: the same first letter,
    and the shorter's sounds all in the longer, in order ("Ayhan", "Aykhan"; not "Ali")."""
    if {a[:1].lower(), b[:1].lower()} == {"c", "j"}:
        a, b = "J" + a[1:], "J" + b[1:]  # (Azerbaijani and Turkish "C" is "J": "Ceyhun")
    x, y = sorted((name_skeleton(a), name_skeleton(b)), key=len)
    if not x or x[:1] != y[:1]:
        return False
    rest = iter(y)
    return all(ch in rest for ch in x)


#: "the country" stands for the state named last, "the organisation" for the organisation.
DEFINITE_NOUNS = {
    "country": "state",
    "organisation": "org",
    "organization": "org",
    "bloc": "org",
    "alliance": "org",
    # "Simonyan thanked the assembly": the parliamentary assembly named before (PACE)
    "assembly": "assembly",
    "ngo": "org",
    "court": "court",
    "tribunal": "court",
    "judges": "court",  # ("the judges rejected a request by Azerbaijan": the court's bench)
    # "the monitors": the monitoring mission named before; "the mission" too, only when a
    # mission was named (resolved by the caller)
    "monitors": "mission",
    "mission": "mission",
    "corridor": "corridor",
    # "the road", "the highway": the route named before ("the road to peace" is none)
    "road": "corridor",
    "highway": "corridor",
    "region": "territory",
    "enclave": "territory",
    "territory": "territory",
    # "the resolution": the text the one named before adopted (resolved by the caller, from
    # the author it noted; not "the report", which is what was reported: "the report was
    # false")
    "resolution": "document",
    # "thanked the lawmakers": the body whose resolution was read (resolved by the caller)
    **dict.fromkeys(
        ["lawmakers", "senators", "deputies", "mps", "meps", "parliamentarians"], "document"
    ),
    # "condemned the decision", "rejected the remarks": the doer of the act (or the speaker of
    # the words) read shortly before (only as the object of a verb of DEED_VERBS; resolved by
    # the caller; "the move" and "the attack" are `rules._judged_act_doer`'s)
    **dict.fromkeys(
        ["decision", "vote", "bill", "remarks", "comments", "statements", "words", "rhetoric"]
        # (round 36: what a court, a police or an army did, "called the verdict unlawful")
        + ["verdict", "sentence", "sentences", "trial", "trials", "proceedings", "arrests"]
        + ["detention", "detentions", "expulsion", "expulsions", "drills", "exercises"]
        # (round 39: "condemned the visit", the visitor's)
        + ["visit", "trip", "tour"]
        # ("dismissed the text as biased": the resolution's)
        + ["text"]
        # (round 40: "welcomed the step", "the release", "the extension": the doer's act)
        + ["step", "move", "extension", "delivery", "deliveries"],
        "deed",
    ),
    # "the enemy shelled our positions": the other side of the speaker's (resolved by the caller)
    "enemy": "enemy",
    "adversary": "enemy",
}
#: Verbs of judging an act before "the decision" / "the remarks" that make them their doer's
#: (for or against).
#: The verbs of welcoming among DEED_VERBS ("Yerevan welcomed the vote": the support of its
#: author).
WELCOME_DEED_VERBS = frozenset(
    ["welcomed", "welcomes", "hailed", "hails", "praised", "praises", "applauded"]
)
DEED_VERBS = WELCOME_DEED_VERBS | frozenset(
    ["condemned", "condemns", "condemn", "criticised", "criticized", "criticises", "criticizes"]
    + ["denounced", "denounces", "deplored", "deplores", "decried", "slammed", "rejected"]
    + ["rejects", "protested", "dismissed", "assailed", "blasted", "censured", "regretted"]
)
#: Deed nouns that name the doer's act only when welcomed ("welcomed the step").
WELCOMED_ONLY_DEEDS = frozenset(["step", "move"])
#: Determiners other than "the" of words just read ("such statements", "these remarks").
DEED_DETERMINERS = frozenset(["such", "these", "those", "this"])
#: Deed nouns of words said that "his" / "her" makes the words of the person named last.
SPOKEN_DEEDS = frozenset(["remarks", "comments", "statements", "words", "rhetoric"])
#: Adjectives of a judgement that condemns the words or act they are said of.
DEED_JUDGEMENTS = frozenset(
    ["unacceptable", "inadmissible", "intolerable", "unjustifiable", "provocative"]
    + ["destructive", "irresponsible", "counterproductive", "unconstructive", "deplorable"]
    + ["outrageous", "disruptive", "dangerous", "biased", "hypocritical", "cynical"]
    + ["regrettable", "unjustified", "one-sided", "unfriendly", "hostile", "insulting"]
    + ["unlawful", "illegal", "unfair", "discriminatory", "disproportionate", "incorrect"]
    + ["unfounded", "politically-motivated", "arbitrary"]
)


def _judged_deed(doc, i: int, end: int) -> bool:
    """Whether the deed noun after token *i* ("the remarks") is judged: "the remarks were
    (deeply) unacceptable", "called the remarks unacceptable"."""
    k = i + 2
    called = i > 0 and doc[i - 1].norm_ in ("call", "describe", "brand", "term", "consider")
    if not called:
        if k >= end or doc[k].lower_ not in ("is", "are", "was", "were"):
            return False
        k += 1
    if k < end and doc[k].lower_.endswith("ly") and doc[k].lower_ not in DEED_JUDGEMENTS:
        k += 1  # ("deeply regrettable"; not "unfriendly" itself)
    return k < end and judgement_word(doc, k, end) in DEED_JUDGEMENTS


def judgement_word(doc, k: int, end: int) -> str:
    """The word at token *k*, lower-case, with a hyphenated compound's parts joined ("one",
    "-", "sided" -> "one-sided")."""
    if k + 2 < end and doc[k + 1].text in ("-", "–") and not doc[k + 1].whitespace_:
        return f"{doc[k].lower_}-{doc[k + 2].lower_}"
    return doc[k].lower_


#: Adjectives between "the" and a road noun that keep it the route named before ("the only
#: road", "the main highway").
ROAD_ADJECTIVES = frozenset(["only", "main", "sole", "key", "vital", "mountain", "same"])
#: Nouns of a road that stand for the route named shortly before ("the road").
ROAD_WORDS = frozenset(["road", "highway"])
#: Prepositions before "the road" that make it where something is, not a party to an act.
ROAD_PLACE_PREPS = frozenset(
    ["on", "along", "at", "near", "via", "through", "across", "onto", "off", "beside", "by"]
)
#: Words after "the road" that make it a figure of speech ("the road to peace", "the road
#: ahead") or a route it goes on to describe ("the road from Goris", "the road connecting").
ROAD_FIGURES = frozenset(
    ["to", "toward", "towards", "ahead", "map", "from", "between", "connecting", "linking"]
    + ["connects", "links", "joining", "leading"]
)
#: Adjectives allowed between "the" and a place noun of DEFINITE_NOUNS ("the disputed region").
DEFINITE_PLACE_ADJECTIVES = frozenset(
    ["disputed", "breakaway", "separatist", "mountainous", "contested", "occupied", "whole"]
    + ["landlocked", "rugged", "populated", "controlled", "held", "run"]
)

#: Verbs right before a mid-sentence "it" that make it the one judged or asked ("accusing it
#: of", "urged it to"): the last subject (resolved by the caller).
IT_OBJECT_VERBS = frozenset(
    ["accused", "accusing", "accuses", "accuse", "urged", "urging", "urges", "urge"]
    + ["criticised", "criticized", "criticising", "criticizing", "criticises", "criticizes"]
    + ["condemned", "condemning", "warned", "warning", "warns", "asked", "asking", "thanked"]
    + ["thanking", "pressed", "pressing"]  # (not "blamed it on X", "praised it as")
)
#: Verbs of taking or holding land after which "it" is the territory named last ("Azerbaijan
#: retook it in 2023", "ethnic Armenian forces held it for three decades").
SEIZED_IT_VERBS = frozenset(
    ["retook", "recaptured", "regained", "captured", "seized", "held", "controlled", "took"]
    + ["won", "reclaimed", "occupied", "liberated", "ran", "governed"]
)
#: Verbs after which "them" is the pair named last ("Lavrov accused them of wrecking it"; not
#: "urged them to", which reads the persons just named).
ACCUSED_THEM = frozenset(["accused", "accusing", "accuses", "accuse"])
#: Participles after "It (is|was|had been)" that make "it" a place ("It is recognised as ...").
TERRITORY_PREDICATES = frozenset(
    ["recognised", "recognized", "controlled", "administered", "located", "situated"]
    + ["populated", "governed", "occupied", "run", "inhabited", "claimed", "held", "lies"]
)
#: Words after a sentence-opening "It" that make it an expletive ("It is unclear ...").
IT_EXPLETIVE = frozenset(
    ["is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "remained"]
    + ["will", "would", "could", "may", "might", "has", "had", "follows", "came", "comes"]
)


#: Titles of an office only one state has, whose unqualified holder is that state's.
NATIONAL_TITLES = {
    ("secretary", "of", "state"): "usa",
    ("assistant", "secretary", "of", "state"): "usa",
    ("deputy", "assistant", "secretary", "of", "state"): "usa",
    ("foreign", "secretary"): "gbr",
    ("congressman",): "usa",
    ("congresswoman",): "usa",
}


def _middle_initial(doc, k: int, end: int) -> bool:
    """Whether token *k* is a middle initial between a first name and a surname ("W." in
    "George W. Bush")."""
    text = doc[k].text
    return (
        len(text) == 2
        and text[0].isupper()
        and text[1] == "."
        and k + 1 < end
        and _is_name_token(doc[k + 1])
    )


def _is_name_token(token) -> bool:
    text = token.text
    return (
        len(text) > 1
        and text[0].isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and text not in _NOT_NAMES
        and not text.isupper()
    )


#: Capitalised words of a title's portfolio ("Minister for Europe", "Special Representative for
#: the South Caucasus", "Assistant Secretary for European and Eurasian Affairs"): never part
#: of the name that follows it.
PORTFOLIO_WORDS = frozenset(
    ["Affairs", "Region", "Regions", "Europe", "European", "Eurasian", "Caucasus", "Policy"]
    + ["Security", "Foreign", "Asia", "Central", "South", "North", "Eastern", "Western", "East"]
    + ["West", "Relations", "Development", "International", "Cooperation", "Peace", "Conflict"]
    + ["Crisis", "Neighbourhood", "Neighborhood", "Enlargement", "Defence", "Defense", "Human"]
    + ["Rights", "Humanitarian", "Political", "Negotiations", "Partnership", "Eurasia"]
    + ["Migration", "Trade", "Economic", "Issues", "Nagorno-Karabakh", "Karabakh", "Balkans"]
)


#: Nouns of what a side told, which a demonym before them owns ("the Azerbaijani version").
TOLD_NOUNS = frozenset(["version", "narrative", "account"])


#: Words of a portfolio before a title, in any case ("Interior Minister", "deputy envoy",
#: "human rights ombudsman", "foreign affairs spokesperson"; not "Armenia Recalls Ambassador").
BEFORE_TITLE_WORDS = frozenset(
    ["deputy", "foreign", "affairs", "human", "rights", "interior", "economy", "defence"]
    + ["defense", "finance", "justice", "trade", "energy", "health", "emergencies", "security"]
    + ["presidential", "chief", "senior", "top", "special", "first", "vice", "acting"]
    + ["europe", "european", "culture", "education", "agriculture", "transport", "economic"]
    + ["emergency", "environment", "labour", "infrastructure", "territorial", "administration"]
)


def _past_portfolio_before(doc, i: int, start: int, taken, demonyms) -> int:
    """The token where the portfolio words before a title start ("Interior" in "French Interior
    Minister", "deputy" in "China's deputy envoy", "human rights" in "Armenia's human rights
    ombudsman"): up to three such words, none taken; *i* if none."""
    b = i
    while (
        b - 1 > start
        and i - b < 3
        and (b - 1) not in taken
        and doc[b - 1].is_alpha
        and doc[b - 1].lower_ not in demonyms
        and doc[b - 1].lower_ in BEFORE_TITLE_WORDS
    ):
        b -= 1
    return b


def _past_portfolio(doc, k: int, end: int, taken) -> int:
    """Where the name starts after a title's portfolio at *k* ("Minister of State for the
    European Region Leo Docherty", "Assistant Secretary for European and Eurasian Affairs
    Philip Reeker"): the last two capitalised words of the run (with a middle initial, three),
    when the run has portfolio words before them; else *k*."""
    if k + 1 < end and doc[k].lower_ == "of" and doc[k + 1].text == "State":
        k += 2  # "Minister of State"
    if not (k < end and doc[k].lower_ == "for"):
        return k
    q = k + 1
    if q < end and doc[q].lower_ == "the":
        q += 1
    run = []
    while q < end and q not in taken and (_is_name_token(doc[q]) or doc[q].lower_ == "and"):
        run.append(q)
        q += 1
    if len(run) < 3 or doc[run[-1]].lower_ == "and":
        return k
    name = run[-2:]
    if len(run) >= 4 and len(doc[run[-2]].text) == 1:
        name = run[-3:]  # (a middle initial)
    words = [doc[x].text for x in run[: -len(name)]]
    if (
        not words
        or words[0] not in PORTFOLIO_WORDS
        or any(doc[x].text in PORTFOLIO_WORDS for x in name)
    ):
        return k
    return name[0]


def seq_words(doc, i: int, n: int) -> list:
    return [t.norm_ for t in doc[i : i + n]]


def _joined_by_dash(doc, token, end: int, gz) -> bool:
    """Whether a dash joins *token* to the next word ("US-brokered", "the Armenian –
    Azerbaijani war"), not a dash that opens an aside ("France, Russia and the US – was
    formed")."""
    k = token.i + 1
    if k >= end or doc[k].text not in ("-", "–"):
        return False
    return not token.whitespace_ or (k + 1 < end and doc[k + 1].lower_ in gz.demonyms)


_ALL_TITLE_WORDS = frozenset(w.lower() for t in TITLES for w in t.replace("-", " ").split())
#: Capitalised nouns after a body's name that make the name a document's ("the UN Charter").
DOCUMENT_NAMES = frozenset(["Charter", "Declaration", "Convention", "Statute", "Charters"])
#: Words before a surname that are no first name ("Mr Aliyev", "Dr Hajiyev").
HONORIFICS = frozenset(["mr", "mrs", "ms", "dr", "sir", "madam", "general", "gen"])


#: Plural titles before two coordinated names ("Presidents Ilham Aliyev and Serzh Sargsyan").
PLURAL_TITLES = frozenset(
    ["presidents", "ministers", "premiers", "chancellors", "leaders", "envoys", "ambassadors"]
)


def _plural_title_names(doc, start: int, end: int, registry, taken: set) -> list:
    """The person named after "and" behind a plural title ("Presidents Ilham Aliyev and Serzh
    Sargsyan met", "Presidents Aliyev and Sargsyan"): the known person of that name, else a new
    one. Adds to *taken*; returns the mentions."""
    out = []
    for k in range(start, end - 3):
        if doc[k].lower_ not in PLURAL_TITLES or not doc[k].text[:1].isupper():
            continue
        j = k + 1
        while j < end and j - k <= 4 and _is_name_token(doc[j]):
            j += 1
        if j == k + 1 or j >= end or doc[j].lower_ != "and":
            continue
        names = []
        q = j + 1
        while q < end and len(names) < 3 and q not in taken and _is_name_token(doc[q]):
            names.append(doc[q])
            q += 1
        if not names or (q < end and doc[q].text in ("'s", "’s")):
            continue
        fullname = " ".join(t.text for t in names)
        ident = registry.surname(fullname) if len(names) == 1 else None
        ident = ident or registry.person(fullname, None)
        out.append(Mention.of_span(doc[names[0].i : names[-1].i + 1], ident, "PERSON"))
        taken.update(range(names[0].i, names[-1].i + 1))
    return out


def _other_first_name(doc, token, start: int, registry, ident: str) -> bool:
    """Whether the word before the surname *token*, written in another transliteration than
    the known person's, is a first name other than theirs ("Ali Hajizadeh" is not Ayhan
    Hajizada): a capitalised word that is no title, honorific, demonym or common word."""
    if token.i <= start:
        return False
    prev = doc[token.i - 1]
    if not (prev.is_alpha and prev.is_title) or prev.is_stop or len(prev) < 3:
        return False
    if prev.text in _NOT_NAMES:
        return False  # ("On 1 June Pashinyan and Aliyev will meet": a date, no first name)
    low = prev.lower_
    gz = registry.gazetteer
    if low in HONORIFICS or low in _ALL_TITLE_WORDS or low in gz.demonyms:
        return False
    if low.endswith("s") and low[:-1] in _ALL_TITLE_WORDS:
        return False  # ("Foreign Ministers Mirzoyan and Bayramov": a plural title)
    aliases = (gz.actors.get(ident) or {}).get("aliases") or []
    names = [(registry.get(ident) or {}).get("name", ""), *aliases]
    words = {w for name in names for w in name.split()}
    if prev.text in words:
        return False
    if token.text not in words:
        return True  # (another transliteration of the surname, after another first name)
    # the surname as the person's own name is written: another first name only where it does
    # not open the sentence, is no known surname and follows no capitalised word ("the OSCE
    # Armen Papikyan" is not Suren Papikyan; "Yesterday Papikyan said", "Prime Minister Nikol
    # Pashinyan" are as they were)
    before = doc[token.i - 2] if token.i - 2 >= start else None
    titled = before is not None and (
        before.lower_ in _ALL_TITLE_WORDS or before.lower_.rstrip("s") in _ALL_TITLE_WORDS
    )  # ("Presidents Heydar Aliyev and Robert Kocharyan": a title, no part of the name)
    return (
        token.i - 1 > start
        and prev.text not in gz.surnames
        and not (before is not None and before.is_title and before.is_alpha and not titled)
    )


#: Words of a sentence that make Azerbaijani protesters the self-styled eco-activists who
#: blocked the Lachin corridor in 2022-2023.
CORRIDOR_BLOCK_WORDS = frozenset(["block", "blocked", "blocking", "blockade", "blockading"])
CORRIDOR_WORDS = frozenset(["lachin", "corridor", "road"])


def _corridor_blockers(gz, doc, start: int, end: int, state: str, role):
    """*role*, or the eco-activists' role for Azerbaijani protesters or activists in a
    sentence on blocking the Lachin corridor ("blocked by Azerbaijani protesters since
    December": the self-styled eco-activists, as the coders name them)."""
    if role.id != "protesters" or state != "aze":
        return role
    words = {t.lower_ for t in doc[start:end]}
    if not (words & CORRIDOR_BLOCK_WORDS and words & CORRIDOR_WORDS):
        return role
    if any(t.is_digit and len(t.text) == 4 and int(t.text) < 2022 for t in doc[start:end]):
        return role  # ("in 1988, Azerbaijani protesters blocked the road": before them)
    # (the role of roles.csv whose words include "ecologist")
    eco = [r for _, r in gz.roles.get("ecologist", ()) if r.id == "eco_activists"]
    return eco[0] if eco else role


def _state_group(gz, registry, state: str, role) -> str:
    """The group of *role* that belongs to *state* ("Armenian border guards"), made known to
    the registry; returns its id."""
    ident = f"{state}_{role.id}"
    registry.ensure(
        ident,
        name=f"{gz.demonym_of.get(state) or registry.name(state)} {role.name}",
        kind=role.kind,
        parent=state,
        cameo=(gz.actors.get(state, {}).get("cameo") or "") + role.cameo or None,
    )
    return ident


#: Nouns between a demonym and an act that name its victims ("Armenian civilian killings").
VICTIM_NOUNS = frozenset(
    ["civilian", "prisoner", "soldier", "refugee", "child", "children", "woman", "women"]
    + ["journalist", "detainee", "pow", "family", "villager", "resident", "captive", "hostage"]
)
#: Weapons fired whose demonym names who fired them ("Armenian rockets hit Ganja").
FIRED_WEAPONS = frozenset(["rocket", "shell", "mortar", "projectile", "grenade", "munition"])
#: Words after "Azerbaijani revenge killings" that end the phrase (its head a noun).
MODIFIED_HEAD_AFTER = frozenset(["on", "in", "against", "of", "by", "and", "near", "at"])


#: The short codes open-source analysts write for the two states ("the AZ MoD", "ARM
#: positions"), read as the states only before one of CODE_NOUNS ("AZ" is also Arizona).
CODE_NAMES = frozenset(["AZ", "ARM"])
CODE_NOUNS = frozenset(
    ["mod", "mfa", "forces", "force", "troops", "army", "units", "unit", "positions", "position"]
    + ["soldiers", "soldier", "servicemen", "serviceman", "side", "sides", "border", "fire"]
    + ["strikes", "strike", "drones", "drone", "shelling", "offensive", "advance", "military"]
    + ["artillery", "outlets", "media", "uniforms", "helicopters", "tanks", "prisoners", "pows"]
    + ["posts", "post", "foreign", "defence", "defense", "sabotage", "special", "inventory"]
    + ["claims", "claim", "checkpoint", "operation", "losses", "soil", "territory", "villages"]
    + ["cluster", "supply", "photos", "footage", "video", "videos", "clips", "air", "navy"]
    + ["ammunition", "munitions", "missiles", "rockets", "vehicles", "trenches", "lines"]
    + ["delegation", "delegations"]
    # (not "officials", "government", "authorities", "state", "president", "'s": Arizona's
    # too, "AZ officials met Mexican authorities")
)


def _code_name_used(doc, k: int, end: int) -> bool:
    """Whether the short code ending at *k* stands before one of CODE_NOUNS, or before "and" (or
    "/") and the other code ("AZ and ARM forces")."""
    if k >= end:
        return False
    if doc[k].lower_ in CODE_NOUNS:
        return True
    if doc[k].lower_ == "state" and k + 1 < end and doc[k + 1].lower_ in ("border", "security"):
        return True  # ("the AZ State Border Service"; not "AZ State University")
    return doc[k].lower_ in ("and", "or", "/") and k + 1 < end and doc[k + 1].text in CODE_NAMES


# Longer than 80 lines: the passes that find one sentence's mentions (named entities,
# pronouns and two-word references, bodies named after their organisation, member
# qualifiers, titled persons and surnames, role groups, demonyms, places named with a place
# noun), each a comment-headed block; they run in this order and share the mention list and
# the tokens already claimed, and the order is part of the rule. Each block can become a
# function taking (doc, start, end, mentions) once the extraction rules settle.
def find_mentions(
    doc, start: int, end: int, registry: Registry, heads: frozenset, ents=None
) -> list:
    """The actor mentions of the sentence ``doc[start:end]``, left to right, not overlapping."""
    gz = registry.gazetteer
    mentions: list[Mention] = []
    for ent in doc.ents if ents is None else ents:
        if ent.start < start or ent.end > end:
            continue
        label = ent.label_
        if label in ("PAIR", "RECIPROCAL"):
            if label == "PAIR" and ent.end < end and doc[ent.end].lower_ == "of":
                continue  # "the leaders of Belarus, Kazakhstan ...": not the pair
            mentions.append(
                Mention(ent.start, ent.end, None, label, (ent.start_char, ent.end_char), ent.text)
            )
            continue
        if (
            ent.ent_id_ in NAMESAKES
            and (
                ent.text.islower()
                or (
                    ent.start > start
                    and doc[ent.start - 1].lower_ in OWN_NAMESAKE_WORDS
                    # (but "the United Nations and its Security Council": the UN's own)
                    and not any(
                        t.text in ("UN", "U.N.", "Nations")
                        for t in doc[max(start, ent.start - 6) : ent.start]
                    )
                )
            )
        ):
            continue  # "told his security council", "the national Security Council": a state's
        if ent.text in CODE_NAMES and not _code_name_used(doc, ent.end, end):
            continue  # "Glendale, AZ", "(R-AZ)", "AZ voters": Arizona, not Azerbaijan
        m = Mention(
            ent.start, ent.end, ent.ent_id_ or None, label, (ent.start_char, ent.end_char), ent.text
        )
        if label == "CAPITAL":
            before = doc[ent.start - 1].lower_ if ent.start > start else ""
            after = doc[ent.end] if ent.end < end else None
            if (
                after is not None
                and after.is_title
                and after.is_alpha
                and not after.is_stop
                and after.text not in _NOT_NAMES  # ("Yerevan Accuses Baku": a headline's verb)
            ):
                continue  # "The Washington Times": part of another name (not "Moscow Over")
            # "a visit to Tbilisi", "support to Baku": the host or recipient, not a venue
            visit = (
                before == "to"
                and ent.start - 2 >= start
                and bool(GIVEN_NOUNS & {doc[ent.start - 2].norm_, doc[ent.start - 2].lower_})
            )
            # "will travel to Baku first and then to Moscow": the governments a journey visits
            visit = visit or (before == "to" and _journey_before(doc, ent.start, start))
            # "recalled its ambassador from Moscow": the state the envoy is withdrawn from
            envoy = before == "from" and any(
                t.norm_ in ENVOY_WORDS for t in doc[max(start, ent.start - 3) : ent.start - 1]
            )
            # "recalled its ambassador to Moscow": the state the envoy is posted to
            envoy = envoy or (
                before == "to"
                and ent.start - 2 >= start
                and doc[ent.start - 2].norm_ in ENVOY_WORDS
            )
            # "prompting calls for restraint from Moscow": the government that reacted
            reacted = before == "from" and any(
                t.norm_ in REACTION_NOUNS for t in doc[max(start, ent.start - 4) : ent.start - 1]
            )
            # "talks between Baku and Yerevan": two governments (not "the road between ...")
            pair = (
                before == "between"
                and ent.end + 1 < end
                and doc[ent.end].lower_ == "and"
                and any(
                    e.start == ent.end + 1 and e.label_ == "CAPITAL"
                    for e in (doc.ents if ents is None else ents)
                )
                and not (ent.start - 2 >= start and doc[ent.start - 2].norm_ in ROUTE_WORDS)
            )
            # "sent relief flights to Yerevan", "aid to Baku": the government that receives it
            reacted = reacted or (
                before == "to"
                and any(t.norm_ in RELIEF_NOUNS for t in doc[max(start, ent.start - 4) : ent.start])
            )
            # "hit out at Yerevan", "a swipe at Baku": the one aimed at, not a venue
            reacted = reacted or (
                before == "at"
                and ent.start - 2 >= start
                and doc[ent.start - 2].lower_ in AIMED_AT_WORDS
            )
            # "referred to Moscow's support": a possessor is an actor, not a place
            owner = after is not None and after.lower_ in ("'s", "’s")
            if not owner and (
                (before in LOCATIVE and not (visit or envoy or pair or reacted))
                or ent.text.isupper()
                or (
                    before in ("the", "central", "downtown")  # ("in central Yerevan")
                    and ent.start - 1 > start
                    and doc[ent.start - 2].lower_ in LOCATIVE
                )
            ):
                m.venue = True
        if label == "TOWN":
            if ent.end < end and doc[ent.end].lower_ in TOWN_MODIFIED:
                continue  # "cede four Tavush villages", "Ganja residents": a qualifier
            k = ent.start - 1
            if k >= start and doc[k].lower_ == "the":
                k -= 1  # "in the Tavush region"
            near = [t.norm_ for t in doc[max(start, k - 3) : k]]
            m.venue = ent.text.isupper() or (
                k >= start
                and doc[k].lower_ in TOWN_LOCATIVE
                and not any(w in TOWN_TARGET_HINTS for w in near)
            )
        mentions.append(m)
    # "In the city of Sochi, Russia, the summit ...": the state after a place is where it lies
    taken_tokens = {k for x in mentions for k in range(x.start, x.end)}
    for m in mentions:
        k = m.start
        if (
            m.label == "NAME"
            and (gz.actors.get(m.actor) or {}).get("kind") == "state"
            and k - 3 >= start
            and doc[k - 1].text == ","
            and doc[k - 2].is_title
            and (k - 2) not in taken_tokens
            and doc[k - 3].lower_ in LOCATIVE | {"of"}
            and (m.end >= end or doc[m.end].text in (",", ".", ";"))
        ):
            m.venue = True
    # "the Nagorno-Karabakh conflict parties": the pair, as "the conflict parties" (the
    # territory only names the conflict)
    for k, m in enumerate(mentions):
        i = m.end
        if (
            m.actor
            and (gz.actors.get(m.actor) or {}).get("kind") == "territory"
            and m.start - 1 >= start
            and doc[m.start - 1].lower_ == "the"
            and i + 1 < end
            and doc[i].lower_ in ("conflict", "conflicting", "warring")
            and doc[i + 1].lower_ in ("parties", "sides")
        ):
            mentions[k] = Mention.of_span(doc[m.start - 1 : i + 2], None, "PAIR")
    # "He" / "She": the last person named; "X said it ...": X (both resolved by the caller)
    for token in doc[start:end]:
        prev = [t.norm_ for t in doc[max(start, token.i - 4) : token.i]]  # "said on Monday it"
        reported_it = token.lower_ in ("it", "they") and bool(
            set(prev)
            & {"say", "announce", "claim", "state", "insist", "add", "report", "warn", "charge"}
        )
        # ("accusing it of", "urged it to": the one judged or asked)
        judged_it = (
            token.lower_ == "it"
            and token.i > start
            and doc[token.i - 1].lower_ in IT_OBJECT_VERBS | SEIZED_IT_VERBS
        )
        # "I urge ...," the minister said: the speaker (a verb or adverb after it; not
        # "World War I")
        speaker = (
            token.text == "I"
            and token.i + 1 < end
            and doc[token.i + 1].is_lower
            and doc[token.i + 1].is_alpha
        )
        pronoun = token.lower_ in ("he", "she", "him", "we") or reported_it or judged_it
        if (pronoun or speaker) and not any(m.start <= token.i < m.end for m in mentions):
            mentions.append(Mention.of_span(doc[token.i : token.i + 1], None, "PRONOUN"))
        elif _accused_them(doc, token, start, mentions):
            # "Lavrov accused them of wrecking it": the pair named last (by the caller)
            mentions.append(Mention.of_span(doc[token.i : token.i + 1], None, "PAIR"))
    # two-word references resolved by the caller: "his country" / "her government" (the
    # person's state), "its positions" (the speaker's), "the country" / "the organisation"
    # (the state or organisation named last)
    _two_word_pronouns(
        doc,
        start,
        end,
        mentions,
        lambda t, nxt: (
            (
                t.lower_ in ("his", "her", "our")
                and nxt.lower_ in ("country", "government", "nation")
            )
            # a delegate's speech: "My delegation condemns ...", "my country", "my Government"
            or (t.lower_ == "my" and nxt.lower_ in ("country", "government", "delegation"))
            or (t.lower_ == "our" and nxt.lower_ == "delegation")
            # "Aliyev said his troops had taken Jabrayil": the leader's state's forces
            or (t.lower_ in ("his", "her") and nxt.lower_ in ("troops", "forces", "army"))
            # "shelled our positions, the ministry said": the speaker's own forces or land (not
            # "open our border with Turkey": the border shared; "our positions" only when hit)
            or (
                t.lower_ == "our"
                and nxt.lower_ in OWN_NOUNS
                and not (
                    nxt.lower_ == "border" and nxt.i + 1 < end and doc[nxt.i + 1].lower_ == "with"
                )
                and (
                    nxt.lower_ != "positions"
                    # (hit: "shelled our positions", "the direction of our positions", "our
                    # positions came under fire")
                    or any(
                        w.norm_ in BORDER_HITS | {"at", "on", "of"}
                        for w in doc[max(start, t.i - 3) : t.i]
                    )
                    or any(w.norm_ in ("fire", "shell", "attack") for w in doc[t.i + 2 : t.i + 6])
                )
            )
        ),
    )
    _two_word_pronouns(
        doc,
        start,
        end,
        mentions,
        lambda t, nxt: (
            t.lower_ == "its"
            and nxt.lower_ in OWN_NOUNS
            # ("its territorial integrity", "its sovereign territory"; not "its territorial
            # claims")
            and (
                nxt.lower_ not in OWN_QUALIFIERS
                or (nxt.i + 1 < end and doc[nxt.i + 1].lower_ == OWN_QUALIFIERS[nxt.lower_])
            )
            # ("closed (off) its border with Armenia", "massed troops on its border with
            # Ukraine": the border it shares, the other side named; but "shelled its border
            # with Iran": the speaker's own border is what was hit)
            and not (
                nxt.lower_ == "border"
                and nxt.i + 1 < end
                and doc[nxt.i + 1].lower_ == "with"
                and not any(w.norm_ in BORDER_HITS for w in doc[max(start, t.i - 3) : t.i])
            )
        ),
    )
    _two_word_pronouns(
        doc,
        start,
        end,
        mentions,
        lambda t, nxt: (
            (
                t.lower_ == "the"
                # ("Such statements are unacceptable": the words just read)
                or (t.lower_ in DEED_DETERMINERS and DEFINITE_NOUNS.get(nxt.lower_) == "deed")
                # ("Peskov rejected his remarks": the words of the person named last)
                or (t.lower_ in ("his", "her") and nxt.lower_ in SPOKEN_DEEDS)
            )
            and nxt.lower_ in DEFINITE_NOUNS
            and not (
                t.i + 2 < end
                and (
                    doc[t.i + 2].lower_ in ("of", "that", "which")
                    # ("thanked the parliamentarians from Turkey": those named)
                    or (DEFINITE_NOUNS[nxt.lower_] == "document" and doc[t.i + 2].lower_ == "from")
                )
                # ("accusing the bloc of failing to help": the bloc named before)
                and not (
                    doc[t.i + 2].lower_ == "of"
                    and t.i + 3 < end
                    and doc[t.i + 3].lower_.endswith("ing")
                    and doc[t.i + 3].is_lower
                )
            )
            # "condemned the move": a deed only as the object of a verb judging it, or judged
            # after it ("the remarks were unacceptable", "called the remarks unacceptable")
            and (
                DEFINITE_NOUNS[nxt.lower_] != "deed"
                or (t.i > start and doc[t.i - 1].lower_ in DEED_VERBS)
                or _judged_deed(doc, t.i, end)
            )
            # ("welcomed the step": the doer's; "condemned the move" is the judged act's,
            # `rules._judged_act_doer`)
            and not (
                nxt.lower_ in WELCOMED_ONLY_DEEDS
                and not (t.i > start and doc[t.i - 1].lower_ in WELCOME_DEED_VERBS)
            )
            and not (
                DEFINITE_NOUNS[nxt.lower_] == "corridor"
                and t.i + 2 < end
                and doc[t.i + 2].lower_ in ROAD_FIGURES
            )
            # ("the checkpoint installed on the road": where something stands, no party)
            and not (
                nxt.lower_ in ROAD_WORDS and t.i > start and doc[t.i - 1].lower_ in ROAD_PLACE_PREPS
            )
            # "the court in Baku": a court the text places, not the court named before
            and not (
                DEFINITE_NOUNS[nxt.lower_] == "court"
                and t.i + 2 < end
                and doc[t.i + 2].lower_ in ("in", "at")
            )
        ),
    )
    # "the spokesman said", "the foreign minister's visit": a person named before with that
    # title (resolved by the caller; a title that qualifies a noun, "at the foreign minister
    # level", or is followed by a name or "of" is no reference)
    for i in range(start, end - 1):
        if doc[i].lower_ != "the" or any(m.start <= i + 1 < m.end for m in mentions):
            continue
        n = max(
            (
                len(words)
                for words in _TITLE_WORDS.get(doc[i + 1].lower_, ())
                if i + 1 + len(words) <= end
                and all(doc[i + 1 + k].lower_ == w for k, w in enumerate(words))
            ),
            default=0,
        ) or int(doc[i + 1].lower_ == "secretary")  # "the Secretary" of state, general
        after = doc[i + 1 + n] if n and i + 1 + n < end else None
        name = after is not None and after.i + 1 < end and _is_name_token(doc[after.i + 1])
        if after is not None:
            # "the spokesman strongly condemned", "the Secretary General once again urged": the
            # verb after up to two adverbs
            k = after.i
            while k < min(end, after.i + 2) and (
                doc[k].lower_.endswith("ly") or doc[k].lower_ in TITLE_ADVERBS
            ):
                k += 1
            if k > after.i and k < end and doc[k].is_lower and doc[k].norm_ != doc[k].lower_:
                after = doc[k]
        if n and (
            after is None
            or (after.is_punct and after.text not in ("-", "–", ","))
            or (after.text == "," and not name)  # not "the president, Ilham Aliyev,"
            or after.lower_ in ("'s", "’s", "also", "will", "would", "had", "has")
            or (after.is_lower and after.is_alpha and after.norm_ != after.lower_)
        ):
            mentions.append(Mention.of_span(doc[i : i + 1 + n], None, "TITLE"))
    # "the disputed region", "the breakaway enclave", "the landlocked mountainous region":
    # the territory named last
    for i in range(start, end - 2):
        # ("the long-disputed region", "the Armenian-populated enclave": a compound's last
        # part is the adjective)
        a = i + 3 if i + 4 < end and doc[i + 2].text == "-" and doc[i + 1].is_alpha else i + 1
        token, adj = doc[i], doc[a]
        second = a + 2 < end and doc[a + 1].lower_ in DEFINITE_PLACE_ADJECTIVES
        noun = doc[a + 2] if second else doc[a + 1]
        road = (
            adj.lower_ in ROAD_ADJECTIVES
            and noun.lower_ in ROAD_WORDS
            and not (
                noun.i + 1 < end
                and doc[noun.i + 1].lower_ in ROAD_FIGURES | {"into", "in", "out", "through"}
            )
        )  # ("have blocked the only road since December": the route named before; not "the
        # only road into Karabakh", which the text describes)
        if (
            token.lower_ == "the"
            and (
                (
                    adj.lower_ in DEFINITE_PLACE_ADJECTIVES
                    and DEFINITE_NOUNS.get(noun.lower_) == "territory"
                )
                or road
            )
            and not (noun.i + 1 < end and doc[noun.i + 1].lower_ in ("of", "that", "which"))
            and not any(m.start <= noun.i < m.end for m in mentions)
        ):
            mentions.append(Mention.of_span(doc[token.i : noun.i + 1], None, "PRONOUN"))
    # "They ..." opening a sentence: the two parties last named together (as "the two sides")
    first = start
    while first < end and (doc[first].is_quote or doc[first].is_space):
        first += 1
    if (
        first < end - 2
        and doc[first].lower_ in ("but", "and", "yet")
        and doc[first + 1].lower_ == "it"
        and any(t.lower_ in TERRITORY_PREDICATES for t in doc[first + 2 : first + 6])
    ):
        first += 1  # "But it had been controlled by ...": the opening conjunction aside
    if (
        first < end - 1
        and doc[first].lower_ == "it"
        and (
            doc[first + 1].lower_ not in IT_EXPLETIVE
            or any(t.lower_ in TERRITORY_PREDICATES for t in doc[first + 1 : first + 5])
        )
        and not any(m.start <= first < m.end for m in mentions)
    ):
        # "It also accused ...": the organisation or state last the subject (by the caller)
        token = doc[first]
        mentions.append(
            Mention(
                first, first + 1, None, "PRONOUN", (token.idx, token.idx + len(token)), token.text
            )
        )
    if (
        first < end - 1
        and doc[first].lower_ == "they"
        and not any(m.start <= first < m.end for m in mentions)
    ):
        token = doc[first]
        mentions.append(
            Mention(first, first + 1, None, "PAIR", (token.idx, token.idx + len(token)), token.text)
        )
    mentions.sort(key=lambda m: m.start)
    mentions = _territory_populations(doc, start, end, mentions, registry)
    mentions = _ruling_people(doc, start, end, mentions, registry)
    mentions = _counted_nationals(doc, start, end, mentions, registry)
    mentions = _counted_citizens(doc, start, end, mentions, registry.gazetteer.demonyms)
    mentions = _described_routes(doc, start, end, mentions, registry)
    mentions = _surrounding_lands(doc, start, end, mentions, registry)
    mentions = _placed_crowds(doc, start, end, mentions, registry)
    # "the OSCE('s) (OSCE) Minsk Group": a body named after its parent is the body
    keep = []
    for k, m in enumerate(mentions):
        nxt = next((x for x in mentions[k + 1 :] if x.actor != m.actor), None)
        if (
            m.actor
            and nxt is not None
            and nxt.actor
            and nxt.label != "PERSON"  # "President of Azerbaijan Ilham Aliyev": a title
            and (registry.get(nxt.actor) or {}).get("parent") == m.actor
            and all(
                t.text in ("'s", "’s", "'", "(", ")")
                or any(x.start <= t.i < x.end and x.actor == m.actor for x in mentions)
                for t in doc[m.end : nxt.start]
            )
        ):
            continue
        keep.append(m)
    mentions = keep
    # "a CSTO member state", "NATO member Turkey": the organisation only qualifies its member
    # (a qualifier, like a demonym: no party of its own; the caller reads the membership)
    mentions = [
        replace(m, label="ADJ")
        if (
            m.end < end
            and m.label not in ("PAIR", "RECIPROCAL", "PRONOUN")
            and (
                doc[m.end].lower_ in ("member", "members")
                # "the UN Charter", "the Alma-Ata Declaration": a document, not its body
                or doc[m.end].text in DOCUMENT_NAMES
            )
        )
        else m
        for m in mentions
    ]
    # national Red Cross / Red Crescent societies: "the Armenian Red Cross"
    for k, m in enumerate(mentions):
        words = m.text.lower().removeprefix("the ").split()
        if words[:2] not in (["red", "cross"], ["red", "crescent"]) or m.start <= start:
            continue
        before = doc[m.start - 1].lower_
        if before in gz.demonyms:
            state = gz.demonyms[before]
            ident = f"{state}_red_cross"
            movement = next(
                (
                    i
                    for i, d in gz.actors.items()
                    if d.get("name", "").startswith("International Red Cross")
                ),
                None,
            )
            registry.ensure(
                ident,
                name=f"{doc[m.start - 1].text} {' '.join(w.capitalize() for w in words[:2])} Society",
                kind="ngo",
                parent=movement,
            )
            span = doc[m.start - 1 : m.end]
            mentions[k] = Mention(
                m.start - 1, m.end, ident, "NAME", (span.start_char, span.end_char), span.text
            )
    taken = set()
    for m in mentions:
        taken.update(range(m.start, m.end))
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    added: list[Mention] = []
    removed: set = set()
    home = _home_capital(doc, mentions, registry, start, end)

    def state_before(i: int):
        """The state (or other actor) that qualifies the words starting at token i."""
        if (
            i - 1 >= start
            and doc[i - 1].lower_ in gz.demonyms
            and (i - 1) not in taken
            and not (
                i - 3 >= start and doc[i - 2].text in "-–" and doc[i - 3].lower_ in ("pro", "anti")
            )
        ):
            # (not "a pro-Armenian position": a stance)
            return gz.demonyms[doc[i - 1].lower_], i - 1, None
        if i - 2 >= start and doc[i - 1].text in ("'s", "’s", "'") and i - 1 in by_end:
            m = by_end[i - 1]
            if m.actor and not m.venue:
                return m.actor, m.start, m
            if (
                m.actor is None
                and m.label == "PRONOUN"
                and DEFINITE_NOUNS.get(doc[m.end - 1].lower_) == "territory"
                and registry.last_territory in gz.authorities
            ):
                # "the region's military": the territory named last, if a group holds it
                return registry.last_territory, m.start, m
        if i in by_end and by_end[i].label in ("NAME", "CAPITAL", "METONYM"):
            m = by_end[i]
            if m.actor and not m.venue:
                return m.actor, m.start, m
        return None, i, None

    def state_after(j: int, origin: bool = False):
        # "special envoys from Turkey": the state an envoy comes from (not "troops from X",
        # which may be where they leave)
        if origin and j + 1 < end and doc[j].lower_ == "from" and (j + 1) in by_start:
            m = by_start[j + 1]
            if (
                m.actor
                and m.label == "NAME"
                and (gz.actors.get(m.actor) or {}).get("kind") == "state"
            ):
                return m.actor, m.end, m
        if j + 1 < end and doc[j].lower_ == "of" and (j + 1) in by_start:
            m = by_start[j + 1]
            # (also a town: "the mayor of Goris, Arush Arushanyan" is Armenia's)
            if m.actor and m.label in ("NAME", "CAPITAL", "METONYM", "TOWN"):
                if m.end < end and doc[m.end].lower_ in ("'s", "’s"):
                    return None, j, None  # "units of Azerbaijan's armed forces": its forces'
                return m.actor, m.end, m
        if (
            j + 2 < end
            and doc[j].lower_ == "of"
            and doc[j + 1].lower_ == "the"
            and (j + 2) in by_start
        ):
            m = by_start[j + 2]
            if m.actor and m.label in ("NAME", "METONYM"):
                return m.actor, m.end, m
        return None, j, None

    # titled persons: "President Ilham Aliyev", "Azerbaijani President Ilham Aliyev"
    titled: list = []
    i = start
    while i < end:
        title_len = 0
        for words in _TITLE_WORDS.get(doc[i].lower_, ()):
            n = len(words)
            if i + n <= end and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
                title_len = max(title_len, n)
        if not title_len or i in taken:
            i += 1
            continue
        j = i + title_len
        if j < end and doc[j].text == ".":
            j += 1
        parent, _, qual = state_before(i)
        if parent is None:
            # "French Interior Minister X", "China's deputy envoy X": past the portfolio words
            b = _past_portfolio_before(doc, i, start, taken, gz.demonyms)
            if b < i:
                parent, _, qual = state_before(b)
                if (registry.get(parent) or {}).get("kind") != "state":
                    # (a body's: "EU foreign affairs spokesman X" keeps "EU" for "the bloc")
                    parent, qual = None, None
        if qual is None and parent is not None and (i - 1) in taken:
            parent = None
        if parent is None:
            # "Armenian Foreign Ministry spokesman Vahan Hunanyan": the body's state
            parent = _body_state_before(doc, i, start, gz, by_end)
        after, j2, qual_after = state_after(j)
        if after is not None:
            parent, j = parent or after, j2
        j = _past_portfolio(doc, j, end, taken)
        k = j
        if (
            k + 2 < end
            and doc[k].text == ","
            and _is_name_token(doc[k + 1])
            and _is_name_token(doc[k + 2])
            and k + 1 not in taken
            and doc[k + 1].lower_ not in _TITLE_WORDS  # "of Chile, Prime Minister of ..."
            and doc[i].lower_ != "counterpart"  # ("his counterpart, Italian Prime Minister X")
        ):
            k += 1  # "a former prosecutor, Luis Moreno Ocampo"
        names = []
        while k < end and len(names) < 4:
            if doc[k].text in ("[", "]") or doc[k].is_space:
                k += 1
                continue
            if (
                names
                and doc[k].text == "-"
                and k + 1 < end
                and _is_name_token(doc[k + 1])
                and not doc[k].whitespace_
            ):
                names.append(doc[k])  # "Qasym-Zhomart"
                k += 1
                continue
            if names and _middle_initial(doc, k, end) and k + 1 not in taken:
                names.append(doc[k])  # "Anne E. Derse", "George W. Bush"
                k += 1
                continue
            if k in taken or not _is_name_token(doc[k]):
                break
            if not names and doc[k].lower_ in _TITLE_WORDS and doc[k].lower_ not in ("mr", "ms"):
                break  # "the Prosecutor General's Office": a title word, not a name
            names.append(doc[k])
            k += 1
        first = i
        if qual is not None:
            first = qual.start
            removed.add(id(qual))
        elif parent is not None and i - 1 >= start and doc[i - 1].lower_ in gz.demonyms:
            first = i - 1
        if qual_after is not None:
            removed.add(id(qual_after))
        title = tuple(doc[i + q].lower_ for q in range(title_len))
        if k < end and k in by_start and by_start[k].label == "PERSON" and not names:
            known = by_start[k]
            holder_of = parent or (registry.get(known.actor) or {}).get("parent")
            if holder_of:
                registry.titles[(holder_of, title)] = known.actor
            removed.add(id(known))
            span = doc[first : known.end]
            added.append(
                Mention(
                    first,
                    known.end,
                    known.actor,
                    "PERSON",
                    (span.start_char, span.end_char),
                    span.text,
                )
            )
            taken.update(range(first, known.end))
            i = known.end
            continue
        if names:
            # (the name without a middle initial: "John F. Kerry" is the known Kerry)
            fullname = "".join(
                t.text_with_ws for t in names if not _middle_initial(doc, t.i, end)
            ).strip()
            known = registry.surname(fullname) if len(names) == 1 else None
            # ("Secretary of State Hillary Clinton", "Foreign Secretary David Cameron": an
            # office only one state has)
            parent = parent or NATIONAL_TITLES.get(title)
            ident = known or registry.person(fullname, parent)
            if parent:
                registry.titles[(parent, title)] = ident
            span = doc[first : names[-1].i + 1]
            added.append(
                Mention(
                    first,
                    names[-1].i + 1,
                    ident,
                    "PERSON",
                    (span.start_char, span.end_char),
                    span.text,
                )
            )
            taken.update(range(first, names[-1].i + 1))
            i = k
            continue
        b = first - 1
        if b - 1 > start and doc[b].text == "-" and doc[b - 1].lower_ in ("vice", "deputy"):
            b -= 2  # "Vice-Mayor"
        elif b > start and doc[b].lower_ in ("vice", "deputy"):
            b -= 1
        if b > start and doc[b].lower_ == "the":
            b -= 1
        before = []
        if b - 2 >= start and doc[b].text == ",":
            q = b - 1
            while q >= start and len(before) < 3 and q not in taken and _is_name_token(doc[q]):
                before.insert(0, doc[q])
                q -= 1
            if q >= start and (doc[q].is_alpha and doc[q].text[:1].isupper()):
                before = []  # "The Kremlin Press Office, ...": part of a longer capitalised run
        if len(before) >= 2 and not any(t.lower_ in _TITLE_WORDS for t in before):
            # "Irina Yolyan, Vice-Mayor of Goris, reported": the name before its title
            fullname = " ".join(t.text for t in before)
            ident = registry.person(fullname, parent)
            if parent:
                registry.titles[(parent, title)] = ident
            last = before[-1].i + 1
            span = doc[before[0].i : last]
            added.append(
                Mention(
                    before[0].i,
                    last,
                    ident,
                    "PERSON",
                    (span.start_char, span.end_char),
                    span.text,
                )
            )
            taken.update(range(before[0].i, last))
            taken.update(range(first, j))
            i = j
            continue
        holder = qual if qual is not None else qual_after
        compound = (
            title[-1] in ("chief", "head")
            and j < end
            and (
                doc[j].lower_ == "of"
                or (doc[j].is_alpha and doc[j].is_lower and doc[j].norm_ == doc[j].lower_)
            )
        )  # ("the UN chief of staff", "the UN chief negotiator": not the UN's head)
        if holder is not None and holder.actor and not compound:
            # "the president of the European Council": its holder if the sentence names a
            # person of that body, else the body itself
            titled.append((first, max(j, holder.end), holder, title))
        i = j

    # a surname the gazetteer shares among several persons ("Grigoryan": Armen and Mher) stands,
    # once the text names one of them in full, for that one
    for m in mentions:
        record = (gz.actors.get(m.actor) or {}) if m.label == "PERSON" else {}
        parts = record.get("name", "").split()
        if (
            record.get("kind") == "person"
            and len(parts) > 1
            and parts[-1] not in gz.surnames
            and m.text.split()[-1] == parts[-1]
            and registry.surnames.get(parts[-1], m.actor) == m.actor
        ):
            registry.surnames[parts[-1]] = m.actor
        elif (
            record.get("kind") == "person"
            and len(parts) > 1
            and registry.surnames.get(parts[-1]) not in (None, "", m.actor)
            and parts[-1] not in gz.surnames
        ):
            registry.surnames[parts[-1]] = ""  # (both named in full: "Grigoryan" is no one)
    added.extend(_plural_title_names(doc, start, end, registry, taken))
    # surnames of persons already met
    for token in doc[start:end]:
        if token.i in taken or not token.text[:1].isupper():
            continue
        k = token.i
        if (
            k + 2 < end
            and doc[k + 1].text == "-"
            and doc[k + 2].text[:1].isupper()
            and not {k + 1, k + 2} & taken
        ):
            # a hyphenated surname ("Amir-Abdollahian"), which the tokenizer splits
            joined = registry.surname(f"{token.text}-{doc[k + 2].text}")
            if joined:
                span = doc[k : k + 3]
                added.append(Mention.of_span(span, joined, "PERSON"))
                taken.update((k, k + 1, k + 2))
                continue
        ident = registry.surname(token.text)
        if ident and _other_first_name(doc, token, start, registry, ident):
            # "Ali Hajizadeh", "Armen Papikyan": another person of that surname (or its
            # spelling), known from here on by the full name
            prev = doc[token.i - 1]
            if prev.i in taken:
                continue
            other = registry.person(f"{prev.text} {token.text}", None)
            span = doc[prev.i : token.i + 1]
            added.append(Mention.of_span(span, other, "PERSON"))
            taken.update((prev.i, token.i))
            continue
        if ident:
            added.append(
                Mention(
                    token.i,
                    token.i + 1,
                    ident,
                    "PERSON",
                    (token.idx, token.idx + len(token)),
                    token.text,
                )
            )
            taken.add(token.i)

    for first, last, holder, title in titled:
        # "the President of Artsakh": a territory's offices are those of the group that
        # governs it (its ``authority``)
        body, label = holder.actor, "NAME"
        governs = gz.authorities.get(body)
        if governs in gz.role_defs:
            body, label = registry.role(governs), "ROLE"
        person = next(
            (
                m
                for m in [*mentions, *added]
                if m.label == "PERSON"
                and id(m) not in removed
                and (registry.get(m.actor) or {}).get("parent") == body
            ),
            None,
        )
        removed.add(id(holder))
        span = doc[first:last]
        # the person named earlier in the text with this title of this body, else the one
        # who held it in the text's year ("the President of the Republic of Azerbaijan"),
        # else a person of that body the sentence names
        earlier = None if _posted(doc, title, last) else _title_holder(gz, registry, body, title)
        if earlier:
            person = None
        added.append(
            Mention(
                first,
                last,
                person.actor if person else earlier or body,
                "PERSON" if person or earlier else label,
                (span.start_char, span.end_char),
                span.text,
            )
        )
        taken.update(range(first, last))

    def holder_in(i: int, words: tuple, state: str) -> str | None:
        """Who holds in *state* the title *words* that starts at token i ("the Armenian Foreign
        Minister"); "his Turkish counterpart": the title of the person named last before it."""
        if doc[i].norm_ in ("counterpart", "colleague"):
            before = [m for m in [*mentions, *added] if m.label == "PERSON" and m.end <= i]
            return _counterpart(gz, registry, before[-1].actor, state) if before else None
        if _deputy(doc, i, start):
            return None  # "the Deputy Prime Ministers of ...": not the prime ministers
        if any(t.lower_ in FORMER_WORDS for t in doc[max(start, i - 3) : i]):
            return None  # "the former Azerbaijani defence minister": not the one in office
        if _posted(doc, words, i + len(words)):
            return None
        return _title_holder(gz, registry, state, words)

    # groups named by role; a state's own namesake of an organisation ("Armenia's Security
    # Council", "the Security Council of Armenia") is that state's, not the UN's
    soft = {k for m in mentions if m.actor in NAMESAKES for k in range(m.start, m.end)}
    i = start
    while i < end:
        token = doc[i]
        # role words are matched by lemma or as written ("armed forces": "armed" is not
        # lemmatised to "arm" in the role list)
        options = gz.roles.get(token.norm_) or gz.roles.get(token.lower_)
        if not options or (
            i in taken
            and i not in soft
            and not (
                i in by_start
                and by_start[i].label == "NAME"
                and (gz.actors.get(by_start[i].actor) or {}).get("kind") == "territory"
            )
        ):
            i += 1
            continue
        hit = None
        for seq, role in options:
            n = len(seq)
            if i + n <= end and all(
                w in (doc[i + k].norm_, doc[i + k].lower_) for k, w in enumerate(seq)
            ):
                if any((i + k) in taken - soft for k in range(1, n)) and not (
                    i in by_start and by_start[i].end <= i + n
                ):
                    continue
                hit = (n, role)
                break
        if hit is None:
            i += 1
            continue
        n, role = hit
        if token.norm_ == "counterpart" and i + 1 < end and _is_name_token(doc[i + 1]):
            i += 1  # "his Armenian counterpart Ararat Mirzoyan": the name is the person
            continue
        if n == 1 and token.lower_ != token.norm_ and token.lower_.endswith(("ed", "ing")):
            i += 1  # "Iran sided with Armenia": a verb, not "the Iranian side"
            continue
        if n == 1 and token.lower_ == "borders" and i + 1 in by_start:
            i += 1  # "Nakhchivan borders Turkey": a verb, not border guards
            continue
        if (
            n == 1
            and token.lower_ == "military"
            and i + 1 < end
            and doc[i + 1].lemma_.lower() in MILITARY_ACT_NOUNS
        ):
            i += 1  # "Azerbaijan's military actions": an adjective; the act is the state's
            continue
        if n == 1 and token.lower_ == "opposition" and not _opposition_group(doc, i, start, end):
            i += 1  # "voiced opposition to the plan", "faced opposition from Moscow": a stance
            continue
        if n == 1 and token.norm_ in PLURAL_ONLY and token.lower_ == token.norm_:
            i += 1  # "separatist territory", "force": an adjective or a singular, not a group
            continue
        first, last = i, i + n
        state, qstart, qual = state_before(first)
        if role.kind == "territory" and (
            state is None
            or i in taken
            or (qstart > start and doc[qstart - 1].text in "-–")
            # "Armenian villages in Karabakh": places of a people elsewhere, not the state's
            # (but "Armenian territory in 2022", "in May", "in the south" are the state's)
            or (
                i + n + 1 < end
                and doc[i + n].lower_ in ("in", "inside")
                and _place_after(doc[i + n + 1])
            )
        ):
            # a state's land is named with its demonym before it ("Armenian territory"), and
            # never takes the place of a territory the text names ("the territories around X");
            # "the Armenian-Azerbaijani border" is no one's own land
            i += n
            continue
        of_pair = None
        if state is None:
            after, qend, qual_after = state_after(last, origin=role.id == "government")
            if after is not None:
                state, last, qual = after, qend, qual_after
                # "the foreign ministers of Armenia and Azerbaijan", "the presidents of
                # France, Russia and the US": a plural title of each state listed
                of_pair = []
                plural = (
                    doc[i + n - 1].lower_ != doc[i + n - 1].norm_
                    and doc[i + n - 1].lower_.endswith("s")
                ) or doc[i + n - 1].lower_ in ("fms", "pms")  # ("FMs of A, B and C")
                k = last
                while plural and k < end:
                    gap = 0
                    while k + gap < end and doc[k + gap].lower_ in (",", "and", "the"):
                        gap += 1
                    nxt = by_start.get(k + gap)
                    if not (
                        gap
                        and any(doc[k + g].lower_ in (",", "and") for g in range(gap))
                        and nxt is not None
                        and nxt.actor
                        and nxt.label in ("NAME", "CAPITAL", "METONYM", "ADJ")
                        and (gz.actors.get(nxt.actor) or {}).get("kind") == "state"
                    ):
                        break
                    of_pair.append(nxt)
                    k = nxt.end
        else:
            first = qstart
        if state is None and any(k in soft for k in range(i, i + n)):
            i += n  # "the Security Council": the UN's
            continue
        if i in by_start and by_start[i].start == i:
            removed.add(id(by_start[i]))
        if qual is not None:
            removed.add(id(qual))
        ident = None
        office = False
        if role.per_state == "state":
            role_words = set(seq_words(doc, i, n))
            if (
                state is None
                and home is not None
                and home[1] < i <= home[1] + 3
                and role_words & HOME_BODY_NOUNS
            ):
                # "In Yerevan, the Foreign Ministry said", "In Baku, officials accused": the
                # capital put before the subject is whose they are
                state = home[0]
            if state is None and "ministry" in role_words and registry.last_ministry:
                # "the ministry said": the ministry named last
                state = registry.last_ministry
            if (
                state is None
                and role_words & EMBASSY_WORDS
                and registry.last_embassy
                and i > start
                and doc[i - 1].lower_ == "the"
                and not (i + n < end and doc[i + n].lower_ in ("of", "to", "in"))
            ):
                # "Azerbaijan's embassy in Vienna wrote ... The embassy said": the state whose
                # embassy (or ambassador) was named last
                state = registry.last_embassy
            if (
                state is None
                and "ministry" in role_words
                and registry.dateline
                and i > start
                and doc[i - 1].lower_ == "the"
            ):
                # "YEREVAN (Reuters) - The Foreign Ministry said": the dateline's state's
                state = registry.dateline
            if state is None:
                i += n
                continue
            # "Azerbaijani forces": the state; "NKR forces", "EU officials": that actor;
            # "the Armenian Foreign Minister": the person named earlier with that title
            ident, label = state, "AGENT"
            governs = gz.authorities.get(state)
            if governs in gz.role_defs:
                # "Nagorno-Karabakh's military", "the Karabakh army": the group that holds it
                ident, label = registry.role(governs), "ROLE"
            elif governs:
                ident = governs  # "Nakhchivan's army": Azerbaijan's
            words = tuple(t.lower_ for t in doc[i : i + n])
            # ("the foreign ministers of Iran, Russia, Turkey, Azerbaijan and Armenia": the
            # states of a list of three or more, as the coders name a conference's members;
            # heads of state and government stay their holders: "the presidents of France,
            # Russia and the United States")
            many = (
                len(of_pair or []) >= 2
                and words[-1] not in HEAD_TITLE_WORDS
                and words[-2:] not in (("prime", "minister"), ("prime", "ministers"))
            )
            earlier = None if many else holder_in(i, words, state)
            office = not earlier and _unnamed_office(gz, registry, state, words)
            if earlier:
                ident, label = earlier, "PERSON"
            if "ministry" in role_words:
                registry.last_ministry = state
            deputy = _deputy(doc, i, start) or many
            for other in of_pair or []:
                holder = None if deputy else _title_holder(gz, registry, other.actor, words)
                removed.add(id(other))
                added.append(
                    Mention.of_span(
                        doc[other.start : other.end],
                        holder or other.actor,
                        "PERSON" if holder else "AGENT",
                    )
                )
                taken.update(range(other.start, other.end))
        elif role.per_state == "true" and state is not None and state in gz.state_ids:
            role = _corridor_blockers(gz, doc, start, end, state, role)
            ident, label = _state_group(gz, registry, state, role), "ROLE"
        elif role.id == "population":
            i += n
            continue
        elif role.per_state == "true" and role.kind == "other":
            # "the protesters", "the activists" with no state named: the one group of that
            # role the text has named with its state, else the role's own actor
            named = [x for x in registry.new if x.endswith(f"_{role.id}")]
            if not named and doc[i + n - 1].lower_ in ("activist", "activists"):
                # ("Azerbaijani eco-activists ... The activists"): the activists named before
                named = [x for x in registry.new if x.endswith("_eco_activists")]
            people, styled = _people_styled(doc, i, start, gz.demonyms)
            if not named and people:
                # "Azerbaijanis who describe themselves as environmental activists": theirs
                # (the mention from the people on, "by a group of Azerbaijanis ...")
                named = [_state_group(gz, registry, people, role)]
                first = min(first, styled)
            ident, label = named[0] if len(named) == 1 else role.id, "ROLE"
            registry.ensure(ident, name=role.name, kind=role.kind)
        else:
            ident = role.id
            if ident in ("separatists",) or registry.get(ident) is None:
                registry.ensure(ident, name=role.name, kind=role.kind)
            label = "ROLE"
        span = doc[first:last]
        added.append(
            Mention(first, last, ident, label, (span.start_char, span.end_char), span.text)
        )
        added[-1].office = office
        registry.alias(ident, span.text)
        taken.update(range(first, last))
        # "the Azerbaijani and Armenian forces": the first demonym has the same role;
        # "hosted his Armenian and Azerbaijani counterparts": the other holder of the title;
        # "Armenian and Azerbaijani border guards": the other state's group of that role
        group = label == "ROLE" and role.per_state == "true" and ident == f"{state}_{role.id}"
        if (
            label == "AGENT"
            and ident == state
            or label == "PERSON"
            and role.per_state == "state"
            or group
        ):
            # (a list: "the Azerbaijani, Russian(,) and Armenian leaders": each of them)
            for k in _shared_head_demonyms(doc, gz, start, first, taken, state):
                other = gz.demonyms[doc[k].lower_]
                if label == "PERSON":
                    holder = holder_in(i, words, other)
                    other_label = "PERSON" if holder else "AGENT"
                    other = holder or other
                elif group:
                    if other not in gz.state_ids:
                        break
                    other, other_label = _state_group(gz, registry, other, role), "ROLE"
                else:
                    other_label = "AGENT"
                added.append(Mention.of_span(doc[k : k + 1], other, other_label))
                added[-1].office = office and other_label == "AGENT"
                taken.add(k)
        elif (
            label == "ROLE"
            and doc[first].lower_ == "ethnic"
            and first - 2 >= start
            and doc[first - 1].lower_ == "and"
            and gz.demonyms.get(doc[first - 2].lower_) in gz.state_ids
            and first - 2 not in taken
        ):
            # "fighting between Azeri and ethnic Armenian forces": the first demonym is its
            # state's forces
            k = first - 2
            added.append(Mention.of_span(doc[k : k + 1], gz.demonyms[doc[k].lower_], "AGENT"))
            taken.add(k)
        i = last

    # demonyms that qualify an act: "Russian-brokered", "an Azerbaijani attack"
    for token in doc[start:end]:
        if token.i in taken or token.lower_ not in gz.demonyms:
            continue
        if (
            token.i - 2 >= start
            and doc[token.i - 1].text in "-–"
            and (doc[token.i - 2].lower_ in ("pro", "anti"))
        ):
            continue  # "a pro-Armenian position": a stance, not an actor
        nxt = doc[token.i + 1] if token.i + 1 < end else None
        listed = (
            token.i > start
            and doc[token.i - 1].lower_ in ("and", ",")
            and any(m.end in (token.i - 1, token.i - 2) and m.label == "NAME" for m in mentions)
        )  # "France, Russia and (the) US call for ...": a name in a list of names
        if (
            token.text.replace(".", "").isupper()
            and token.i > start
            and (doc[token.i - 1].lower_ == "the" or listed)
            and not any(m.start <= token.i < m.end for m in added)
            and (
                nxt is None
                or not (
                    _joined_by_dash(doc, token, end, gz)
                    or (nxt.norm_ in heads and nxt.lower_ == nxt.norm_ and not listed)
                    or nxt.is_title
                )
            )
        ):
            # "urged the US to ...": an abbreviated country name used as a noun
            added.append(
                Mention.of_span(doc[token.i : token.i + 1], gz.demonyms[token.lower_], "NAME")
            )
            taken.add(token.i)
            continue
        if nxt is None:
            continue
        if (
            nxt.lower_ in ("territory", "soil")
            and token.i > start
            and doc[token.i - 1].lower_ == "as"
        ):
            # "recognised as Azerbaijani territory": the state it belongs to
            added.append(
                Mention.of_span(doc[token.i : token.i + 2], gz.demonyms[token.lower_], "NAME")
            )
            taken.update((token.i, token.i + 1))
            continue
        if (
            nxt.lower_ in POLICY_NOUNS
            and token.i > start
            and doc[token.i - 1].lower_
            in (
                "the",
                "this",
                "these",
                "an",
                "a",
            )
        ):
            # "deplored the Azerbaijani decision": the state whose decision it is
            added.append(
                Mention.of_span(doc[token.i : token.i + 2], gz.demonyms[token.lower_], "AGENT")
            )
            taken.update((token.i, token.i + 1))
            continue
        second = (
            token.i - 2 >= start
            and doc[token.i - 1].text in ("-", "–")
            and (token.i - 2) in taken
            and nxt.lower_ in ("border", "frontier", "boundary")
        )  # "the Armenian-Azerbaijani border": the second of the two it divides
        # "Iranian trucks", "an Armenian convoy": whose vehicles
        after = doc[token.i + 2] if token.i + 2 < end else None
        materiel = (
            (
                nxt.norm_ in MATERIEL_NOUNS
                and not (after is not None and after.norm_ in STRIKE_NOUNS)
            )
            or nxt.lower_ in SPY_NOUNS
            or (
                after is not None
                and after.norm_ in MATERIEL_NOUNS
                and any(c.isdigit() for c in nxt.text)
            )
        )  # (not "an Azerbaijani drone strike": the doer of the strike)
        if materiel and nxt.text not in ("-", "–"):
            added.append(
                Mention.of_span(doc[token.i : token.i + 1], gz.demonyms[token.lower_], "AGENT")
            )
            taken.add(token.i)
            continue
        # ("US-brokered": a qualifier; "France, Russia and the US – was formed": a dash)
        quoted = (
            nxt.is_quote and token.i + 2 < end and doc[token.i + 2].norm_ in heads
        )  # ("condemned Azerbaijani 'attacks'": a quoted head)
        told = nxt.norm_ in TOLD_NOUNS  # ("rejected the Azerbaijani version": whose it is)
        # ("condemned Azerbaijani revenge killings": one lower-case noun before the head)
        modified = (
            after is not None
            and after.norm_ in heads
            and nxt.is_alpha
            and nxt.is_lower
            and nxt.norm_ not in heads
            and nxt.norm_ not in VICTIM_NOUNS
            and not nxt.is_stop
            and token.i > start
            and doc[token.i - 1].is_lower
            and (
                token.i + 3 >= end
                or doc[token.i + 3].is_punct
                or doc[token.i + 3].lower_ in MODIFIED_HEAD_AFTER
            )
        )
        if (
            _joined_by_dash(doc, token, end, gz)
            or nxt.norm_ in heads
            or nxt.norm_ in FIRED_WEAPONS  # ("Armenian rockets hit Ganja")
            or second
            or quoted
            or told
            or modified
        ):
            added.append(
                Mention.of_span(doc[token.i : token.i + 1], gz.demonyms[token.lower_], "ADJ")
            )
            taken.add(token.i)

    # places named with a place noun: "the Tavush region", "the Zangezur corridor"
    for token in doc[start:end]:
        if token.lower_ not in PLACE_NOUNS or token.i in taken:
            continue
        k = token.i - 1
        words = []
        while (
            k > start
            and k not in taken
            and _is_name_token(doc[k])
            and not doc[k].is_stop  # a headline's "... Over Corridor"
            and len(words) < 3
        ):
            words.insert(0, doc[k])
            k -= 1
        if not words or all(t.lower_ in gz.demonyms for t in words):
            # "an ethnic Armenian region", "the breakaway Azeri region of X": a description,
            # not a place's name
            continue
        name = " ".join(t.text for t in words) + " " + token.lower_
        ident = slug(name)
        registry.ensure(ident, name=name, kind="territory")
        added.append(
            Mention(
                words[0].i,
                token.i + 1,
                ident,
                "PLACE",
                (words[0].idx, token.idx + len(token)),
                name,
            )
        )
        taken.update(range(words[0].i, token.i + 1))

    out = [m for m in mentions if id(m) not in removed] + added
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[Mention] = []
    for m in out:
        if result and m.start < result[-1].end:
            continue
        result.append(m)
    result = [
        m
        for m in result
        if not _succeeded(doc, m, end)
        and not _named_after(doc, m, result, end)
        # ("said no Turkish aircraft were taking part": forces denied, no actor of the act)
        and not (m.label == "AGENT" and m.start > start and doc[m.start - 1].lower_ == "no")
    ]
    result = _held_land_groups(doc, _paired_they(doc, start, end, result), registry, start, end)
    result = _police_of_the_place(doc, result, registry, start)
    result = _apposed_nationals(doc, result, registry, start, end)
    result = _named_captives(doc, result, registry, start, end)
    result = _represented_parties(doc, start, result, gz.demonyms)
    result = _foreign_contingents(_georgian_monitors(result, doc, start, end), doc, end)
    return _own_government(doc, start, end, result, registry)


def _own_government(doc, start: int, end: int, mentions: list, registry: Registry) -> list:
    """A bare "the government" after persons or groups of one state only is that state:
    "Galstanyan called on the government to halt the handover", "the Armenian opposition
    accused the government of ..." (not after a state named, whose government it may be)."""
    out = list(mentions)
    for token in doc[start + 1 : end]:
        if token.lower_ != "government" or doc[token.i - 1].lower_ != "the":
            continue
        if any(m.start <= token.i < m.end for m in mentions):
            continue
        nxt = doc[token.i + 1] if token.i + 1 < end else None
        if nxt is not None and not (
            nxt.is_punct
            or nxt.lower_ in GOVERNMENT_FOLLOWERS
            or (nxt.lower_.endswith("ed") and nxt.is_lower)
        ):
            continue  # ("the government building", "the government in Baku")
        if (
            nxt is not None
            and nxt.lower_ == "of"
            and any(m.start in (token.i + 2, token.i + 3) for m in mentions)
        ):
            continue  # ("the government of Armenia")
        before = [
            m
            for m in mentions
            if m.actor
            and m.end < token.i
            and m.label != "ADJ"
            and not (m.start > start and doc[m.start - 1].lower_ == "in")  # ("in Yerevan")
        ]
        states = {_home_state(registry, m.actor) for m in before}
        if (
            not before
            or len(states) != 1
            or None in states
            or any(m.actor in states or _official(registry, m.actor) for m in before)
            # (not in what someone said: "Kopyrkin said the government had frozen ...")
            or any(t.norm_ in ("say", "tell", "add", "claim") for t in doc[before[0].end : token.i])
        ):
            continue
        first = doc[token.i - 1]
        out.append(
            Mention(
                token.i - 1,
                token.i + 1,
                states.pop(),
                "NAME",
                (first.idx, token.idx + len(token)),
                doc[token.i - 1 : token.i + 1].text,
            )
        )
    out.sort(key=lambda m: m.start)
    return out


#: Words after a bare "the government" that show it is the government itself ("accused the
#: government of ...", "the government had ..."), not a compound ("the government building").
GOVERNMENT_FOLLOWERS = frozenset(
    ["of", "to", "for", "over", "and", "on", "with", "at", "by", "had", "has", "was", "is"]
    + ["would", "will", "should", "must", "could", "can", "did", "does", "not", "resign"]
    + ["said", "says", "wants", "intends", "plans", "agreed", "refused"]
)


def _official(registry: Registry, actor: str) -> bool:
    """Whether *actor* is a person who holds or held an office the gazetteer knows, or a
    person the text named with a title: one who speaks for a government, not a critic of it."""
    d = registry.get(actor) or {}
    if d.get("kind") != "person":
        return False
    if actor in registry.new:
        return True
    return any(
        entry[-1] == actor for entries in registry.gazetteer.offices.values() for entry in entries
    )


def _home_state(registry: Registry, actor: str) -> str | None:
    """The state *actor* belongs to (itself for a state), or None."""
    return next(
        (a for a in registry.lineage(actor) if (registry.get(a) or {}).get("kind") == "state"),
        None,
    )


def _paired_they(doc, start: int, end: int, mentions: list) -> list:
    """The mentions with "they" after "A and B said" made the pair (`_said_they`)."""
    first = start
    while first < end and (doc[first].is_quote or doc[first].is_space):
        first += 1
    k = _said_they(doc, first, end, mentions)
    if k is None:
        return mentions
    token = doc[k]
    out = [m for m in mentions if m.start != k]
    out.append(Mention(k, k + 1, None, "PAIR", (token.idx, token.idx + len(token)), token.text))
    out.sort(key=lambda m: m.start)
    return out


#: Nouns of the forces and officials of those who hold a territory ("the authorities in X").
HOLDER_NOUNS = frozenset(
    ["force", "troop", "army", "fighter", "unit", "authority", "official", "leadership"]
    + ["leader", "representative", "delegation"]
)


#: The region's names before a national noun ("a Karabakh resident") and its actor.
KARABAKH_WORDS = frozenset(["karabakh", "nagorno-karabakh"])
KARABAKH_ID = "nagorno_karabakh"
#: Nouns of a national in apposition to a name ("X, an Azerbaijani citizen,").
APPOSED_NATIONAL_NOUNS = frozenset(
    ["citizen", "national", "soldier", "serviceman", "officer", "conscript", "journalist"]
    + ["activist", "businessman", "resident", "civilian", "man", "woman", "student", "lawyer"]
)


def _apposed_nationals(doc, mentions: list, registry: Registry, start: int, end: int) -> list:
    """ "Azerbaijan arrested Vagif Khachatryan, an Armenian citizen,": a name of two or three
    capitalised words that no mention covers, in apposition to "a(n) (ethnic) <demonym>
    <national noun>", is a person of that demonym's state (a ``PERSON`` mention over the
    name); "a Karabakh resident": of the region's population."""
    demonyms = registry.gazetteer.demonyms
    out = list(mentions)
    for k in range(start + 2, end - 3):
        if doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
            continue
        q = k + 2 + (doc[k + 2].lower_ == "ethnic" and k + 4 < end)
        state = demonyms.get(doc[q].lower_)
        if state is None and doc[q].lower_ in KARABAKH_WORDS and registry.get(KARABAKH_ID):
            # ("Vagif Khachatryan, a Karabakh resident": one of the region's people)
            state = registry.population(KARABAKH_ID)
        if state is None or doc[q + 1].lower_ not in APPOSED_NATIONAL_NOUNS:
            continue
        first = k
        while first > start and k - first < 3 and _is_name_token(doc[first - 1]):
            first -= 1
        if k - first < 2 or any(m.start < k and m.end > first for m in mentions):
            continue
        if first > start and (doc[first - 1].is_title or doc[first - 1].text == "-"):
            continue  # (part of a longer name or title)
        span = doc[first:k]
        ident = registry.person(span.text, state)
        out.append(Mention(first, k, ident, "PERSON", (span.start_char, span.end_char), span.text))
    out.sort(key=lambda m: m.start)
    return out


#: Verbs of holding, trying or freeing someone after which a bare name is the one held
#: ("detained Vagif Khachatryan on Saturday").
#: (Not "freed", said of villages; nor "extradited" or "deported" X "to" a state, whose
#: relation is with the state.)
CAPTIVE_VERBS = frozenset(
    ["detain", "arrest", "jail", "imprison", "sentence", "convict", "abduct", "kidnap"]
    + ["release", "pardon", "indict", "prosecute"]
)
#: Words before a verb's base form that make it a verb ("to detain", "will release").
VERB_BEFORE = frozenset(["to", "will", "would", "did", "not", "could", "may", "must", "might"])
#: Words after such a name that end it ("detained Vagif Khachatryan, ...", "... on Saturday").
CAPTIVE_NAME_ENDS = frozenset(
    [",", ".", ";", "(", "on", "in", "at", "and", "for", "after", "who", "last", "this", "over"]
    + ["from", "to", "while", "as", "near", "because", "earlier", "late", "without"]
)
#: Last words of a capitalised run that make it a body, not a person ("Abzas Media").
BODY_NAME_ENDS = frozenset(
    ["media", "news", "agency", "group", "service", "ministry", "council", "radio", "tv"]
    + ["party", "front", "movement", "committee", "union", "company", "bank", "office"]
    + ["center", "centre", "foundation", "institute", "network", "channel", "times", "post"]
    + ["airlines", "mission", "bureau", "forces", "army", "guards", "police"]
    + ["staff", "checkpoint", "employees", "members", "workers", "soldiers", "troops"]
    + ["officials", "journalists", "activists", "tsrer"]
)


def _named_captives(doc, mentions: list, registry: Registry, start: int, end: int) -> list:
    """ "Azerbaijani border guards detained Vagif Khachatryan on Saturday": a name of two or
    three capitalised words right after a verb of CAPTIVE_VERBS, covered by no mention and
    ended by a word of CAPTIVE_NAME_ENDS, is a person (a ``PERSON`` mention over the name, of
    no state); not a body's name ("arrested Abzas Media staff")."""
    out = list(mentions)
    for k in range(start, end - 3):
        t = doc[k]
        if t.norm_ not in CAPTIVE_VERBS or not t.is_lower:
            continue
        if t.lower_ == t.norm_ and not (k > start and doc[k - 1].lower_ in VERB_BEFORE):
            continue  # (a noun: "after his release")
        at = k
        while at is not None:  # ("sentenced Levon Mnatsakanyan and Davit Manukyan")
            at = _named_captive(doc, at, out, registry, end)
    out.sort(key=lambda m: m.start)
    return out


def _named_captive(doc, k: int, out: list, registry: Registry, end: int) -> int | None:
    """Add the captive named right after token *k* to *out* (`_named_captives`); the "and"
    after the name, where another may follow, else None."""
    known = next((m for m in out if m.start == k + 1 and m.label == "PERSON"), None)
    if known is not None:  # ("sentenced Ruben Vardanyan and Davit Manukyan": on past him)
        return known.end if known.end < end and doc[known.end].lower_ == "and" else None
    last = k + 1
    while last < end and last - k <= 3 and _is_name_token(doc[last]):
        last += 1
    if not 3 <= last - k <= 4 or last >= end:
        return None
    words = [t.lower_ for t in doc[k + 1 : last]]
    if (
        doc[last].lower_ not in CAPTIVE_NAME_ENDS
        or words[-1] in BODY_NAME_ENDS
        or words[0] in _TITLE_WORDS
        or any(m.end > k + 1 and m.start < last for m in out)
        or any(w in registry.gazetteer.demonyms for w in words)
    ):
        return None
    span = doc[k + 1 : last]
    ident = registry.person(span.text, None)
    out.append(Mention(k + 1, last, ident, "PERSON", (span.start_char, span.end_char), span.text))
    return last if doc[last].lower_ == "and" else None


def _police_of_the_place(doc, mentions: list, registry: Registry, start: int) -> list:
    """ "Police detained dozens of protesters in Yerevan": police opening the sentence, with
    no one's name before them, are those of the one state whose capital or towns it names
    (an ``AGENT`` mention of that state over the word)."""
    k = start + (doc[start].lower_ in ("riot", "the"))
    if k >= len(doc) or doc[k].lower_ != "police" or any(m.start <= k < m.end for m in mentions):
        return mentions
    states = {
        m.actor
        for m in mentions
        if m.label in ("CAPITAL", "TOWN") and (registry.get(m.actor) or {}).get("kind") == "state"
    }
    if len(states) != 1:
        return mentions
    span = doc[start : k + 1]
    police = Mention(
        start, k + 1, states.pop(), "AGENT", (span.start_char, span.end_char), span.text
    )
    return [police] + mentions


def _held_land_groups(doc, mentions: list, registry: Registry, start: int, end: int) -> list:
    """Forces or officials "in" a territory that a group of its own holds are that group (the
    gazetteer's ``authority``): "Armenian forces in Karabakh", "the authorities in
    Stepanakert" are the Karabakh separatists; "Azerbaijani forces in Karabakh" stay
    Azerbaijan's, as the group is not of that people."""
    gz = registry.gazetteer
    out = list(mentions)
    for place in mentions:
        if place.label not in ("NAME", "TOWN", "CAPITAL") or place.start - 2 < start:
            continue
        at = place.start - 1 - (doc[place.start - 1].lower_ == "the")
        if doc[at].lower_ not in ("in", "inside", "of") or at - 1 < start:
            continue
        noun = doc[at - 1]
        ministry = _ministry_in_capital(doc, mentions, registry, place, at, start)
        if ministry is not None:
            out = [m for m in out if m is not place] + [ministry]
            continue
        if noun.lemma_.lower() not in HOLDER_NOUNS and noun.lower_ not in STATE_OFFICIAL_NOUNS:
            continue
        seat = gz.seats.get(place.text.lower()) if place.label == "TOWN" else None
        ruler = seat or gz.authorities.get(place.actor)
        role = gz.role_defs.get(ruler)
        if role is None:
            state = _officials_of_state(doc, mentions, registry, place, at, start)
            if state is not None:
                out = [m for m in out if m is not place] + [state]
            continue
        before = next((m for m in mentions if m.end == at), None)
        if before is not None and before.label == "ROLE" and before.actor == role.id:
            first = before.start  # "separatist Armenian forces in Karabakh": the same group
        elif before is not None:
            # "Armenian forces in Karabakh": only the group's own people
            if (
                before.label != "AGENT"
                or not set(before.text.lower().split()) & set(role.name.lower().split())
                or (before.start > start and doc[before.start - 1].lower_ == "no")
            ):
                continue  # ("there are no Armenian forces in Karabakh": the state's, denied)
            first = before.start
        elif at - 2 >= start and doc[at - 2].lower_ == "the":
            first = at - 2  # "the authorities in Stepanakert"
        else:
            continue
        ident = registry.role(ruler)
        span = doc[first : place.end]  # the place is part of the group's name
        group = Mention(
            first, place.end, ident, "ROLE", (span.start_char, span.end_char), span.text
        )
        out = [m for m in out if m is not before and m is not place] + [group]
    out.sort(key=lambda m: m.start)
    return out


#: A state's mission abroad and its head: "the embassy", "the ambassador" are the state's whose
#: embassy or ambassador the text named last.
EMBASSY_WORDS = frozenset(["embassy", "ambassador"])


#: The nouns of a state's bodies that a capital put before them makes its own ("In Yerevan, the
#: Foreign Ministry said").
HOME_BODY_NOUNS = frozenset(
    ["ministry", "government", "authorities", "official", "officials", "leadership"]
    + ["presidency", "administration", "cabinet"]
)
#: What follows a dateline's capital ("YEREVAN, Aug 19 (Reuters) -", "BAKU (AP) —").
DATELINE_MARKS = frozenset([",", "(", "-", "–", "—", ":"])


def _home_capital(doc, mentions, registry, start: int, end: int):
    """(state, comma) of a capital put before the sentence's subject ("In Baku, officials
    said"), the comma's token index; None if there is none. A dateline's capital ("YEREVAN,
    Aug 19 (Reuters) -") is kept as ``registry.dateline``: its state's ministry is the one a
    bare "the Foreign Ministry" names before any other is named."""
    first = next((m for m in mentions if m.start <= start + 1), None)
    if first is None or first.label != "CAPITAL" or not first.actor or first.end >= end:
        return None
    kind = (registry.gazetteer.actors.get(first.actor) or {}).get("kind")
    if kind != "state":
        return None
    if first.start == start and first.text.isupper() and doc[first.end].text in DATELINE_MARKS:
        dash = next(
            (k for k in range(first.end, min(end, first.end + 12)) if doc[k].text in "-–—"), None
        )
        lead = next((m for m in mentions if m.start > first.end and m.actor), None)
        other = (
            lead is not None
            and dash is not None
            and lead.start <= dash + 2
            and lead.label in ("NAME", "CAPITAL", "METONYM")
            and lead.actor != first.actor
            and (registry.gazetteer.actors.get(lead.actor) or {}).get("kind") == "state"
        )
        if not other:
            # (not "MOSCOW (Reuters) - Armenia accused Azerbaijan ...": the story's own state)
            registry.dateline = registry.dateline or first.actor
        return None
    if first.start == start + 1 and doc[start].lower_ == "in" and doc[first.end].text == ",":
        return first.actor, first.end
    return None


#: Words of a ministry's name between "the" and "in" a capital ("the Ministry of Defense in
#: Baku", "the foreign ministry in Yerevan").
MINISTRY_NAME_WORDS = frozenset(
    ["ministry", "of", "foreign", "affairs", "defence", "defense", "interior", "justice"]
    + ["emergency", "emergencies", "situations", "internal", "national", "security", "state"]
)


#: Words before "the ministry in X" that leave it a subject ("..., the defence ministry in
#: Baku said", "said the foreign ministry in Yerevan had ...").
MINISTRY_SUBJECT_LEADS = frozenset(
    [",", ";", ":", "-", "–", "—", "that", "and", "but", "while", "whereas", "as", "when"]
    + ["said", "says", "after", "since", "because", "though", "although", "“", '"', "(", "so"]
)


def _ministry_in_capital(doc, mentions, registry, place, at: int, start: int):
    """ "the Ministry of Defense in Baku", "the foreign ministry in Yerevan": the ministry of
    the state whose capital follows (an ``AGENT`` mention of the state over the phrase), when
    no one's name stands in the phrase; else None."""
    if place.label != "CAPITAL" or (registry.get(place.actor) or {}).get("kind") != "state":
        return None
    first = at - 1
    while first > start and at - first <= 5 and doc[first - 1].lower_ in MINISTRY_NAME_WORDS:
        first -= 1
    words = [t.lower_ for t in doc[first:at]]
    if (
        "ministry" not in words
        or words[-1] == "of"
        or first <= start
        or doc[first - 1].lower_ != "the"
        or any(first <= m.start < at for m in mentions)
        # (a subject: not "gathered outside the defence ministry in Yerevan", "picketed the
        # foreign ministry in Baku", where the building is a place)
        or (first - 2 >= start and doc[first - 2].lower_ not in MINISTRY_SUBJECT_LEADS)
    ):
        return None
    span = doc[first - 1 : place.end]
    return Mention(
        first - 1, place.end, place.actor, "AGENT", (span.start_char, span.end_char), span.text
    )


#: The nouns of a state's own officials "in" it ("the authorities in Azerbaijan", "police in
#: Yerevan").
STATE_OFFICIAL_NOUNS = frozenset(["authorities", "officials", "leadership", "police"])
#: Words that may stand before them (a verb or preposition that governs the phrase).
OFFICIALS_LEAD = frozenset(["urged", "called", "on", "to", "with", "by", "and", "said", "told"])


def _officials_of_state(doc, mentions, registry, place, at: int, start: int):
    """ "the authorities in Azerbaijan", "officials in Baku": a state's own officials (an
    ``AGENT`` mention of the state over the whole phrase), when no demonym or name stands
    before the noun ("Armenian forces in Azerbaijan" are Armenia's) and none follows the
    place ("officials in Baku and Yerevan" are two states'); else None."""
    if (registry.get(place.actor) or {}).get("kind") != "state":
        return None
    if doc[at - 1].lower_ not in STATE_OFFICIAL_NOUNS or (
        place.end < len(doc) and doc[place.end].lower_ in ("and", "or", "'s", "’s")
    ):
        return None
    first = at - 1
    if doc[first].lower_ == "police" and first - (doc[first - 1].lower_ == "the") > start:
        return None  # (police only as the sentence's subject: not "clashed with police in X")
    if first - 1 >= start and doc[first - 1].lower_ == "the":
        first -= 1
    elif (
        first - 1 >= start
        and not doc[first - 1].is_punct
        and doc[first - 1].lower_ not in (OFFICIALS_LEAD)
    ):
        # ("Russian military officials in Baku", "Western officials in Kyiv", "Foreign
        # forces in Syria": whose they are stands before the noun)
        return None
    span = doc[first : place.end]
    return Mention(
        first, place.end, place.actor, "AGENT", (span.start_char, span.end_char), span.text
    )


#: Adverbs that may stand between a title and its verb ("the minister then said").
TITLE_ADVERBS = frozenset(["then", "later", "again", "once", "also", "further", "still", "now"])


#: The last word of the titles of heads of state or government, plural or not.
HEAD_TITLE_WORDS = frozenset(["president", "presidents", "premier", "premiers", "pms"])


def _posted(doc, title: tuple, after: int) -> bool:
    """Whether a diplomat's title is posted somewhere by the word *after* it ("Russia's top
    diplomat in Baku": an envoy, not the foreign minister)."""
    return title in DIPLOMAT_TITLES and after < len(doc) and doc[after].lower_ in POSTED


#: Words before a title that make it a past holder's ("the former foreign minister").
FORMER_WORDS = frozenset(["former", "ex", "ex-", "then", "late", "previous", "erstwhile"])


def _deputy(doc, i: int, start: int) -> bool:
    """Whether the title at token i is a deputy's ("Deputy Prime Minister", "Vice-President"):
    another office than the one its words name."""
    k = i - 1
    if k > start and doc[k].text in ("-", "–"):
        k -= 1
    return k >= start and doc[k].lower_ in ("deputy", "vice")


#: The first year whose office holders a text with no year may mean.
HOLDERS_SINCE = 1988


_SPELLINGS: dict = {}


def _named_in_text(gz, registry, person: str) -> bool:
    """Whether the text being read names *person*: the last word of the name, or any spelling
    the gazetteer knows of its surname ("Pashinian", "Amirabdollahian")."""
    if gz.key not in _SPELLINGS:
        spelt: dict = {}
        for surname, who in gz.surnames.items():
            spelt.setdefault(who, set()).add(surname.lower())
        _SPELLINGS[gz.key] = spelt
    name = ((gz.actors.get(person) or {}).get("name") or "").lower().split()
    words = _SPELLINGS[gz.key].get(person, set()) | set(name[-1:])
    text = registry.text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", text) is not None for w in words)


def _office_reads_as_state(gz, registry, state: str) -> bool:
    """Whether an office of *state* whose holder the text does not name reads as the state:
    a state's, unless ``registry.office_holders`` asks for the holders."""
    return not registry.office_holders and (gz.actors.get(state) or {}).get("kind") == "state"


def _unnamed_office(gz, registry, state: str, words: tuple) -> bool:
    """Whether *words* name an office of *state* that someone held in the text's year but
    that the text reads as the state (its holder unnamed: `_title_holder`)."""
    return (
        _office_reads_as_state(gz, registry, state)
        and office_holder(gz, state, words, registry.year, until=registry.year_until) is not None
    )


#: Nouns of a state's body before a title ("the Foreign Ministry spokesman").
BODY_BEFORE_TITLE = frozenset(
    ["ministry", "office", "service", "department", "embassy", "mission", "presidency"]
)


def _body_state_before(doc, i: int, start: int, gz, by_end: dict) -> str | None:
    """The state of a body named right before the title at token *i* ("Armenian Foreign
    Ministry spokesman", "Azerbaijan's Defence Ministry spokeswoman"), else None."""
    if i - 1 < start or doc[i - 1].lower_ not in BODY_BEFORE_TITLE:
        return None
    for k in range(i - 2, max(start, i - 5) - 1, -1):
        word = doc[k]
        if word.lower_ in gz.demonyms:
            return gz.demonyms[word.lower_]
        if word.text in ("'s", "’s") and k in by_end:
            m = by_end[k]
            kind = (gz.actors.get(m.actor) or {}).get("kind") if m.actor else None
            return m.actor if kind == "state" and not m.venue else None
        if not (word.is_title or word.is_upper):
            return None
    return None


def _title_holder(gz, registry, state: str, title: tuple) -> str | None:
    """The person who holds *title* in *state*: the one the text named with it, else the
    gazetteer's holder in the text's year (for a state's office, only if the text names that
    holder or ``registry.office_holders`` is set). A text with no date has only a guessed year (the
    latest it names) and may be of any year since: the holder must be the same throughout.
    Where the title changed hands in the year (or years), the one of its holders whom the text
    names, if just one."""
    known = registry.titles.get((state, title))
    if known:
        return known
    found = office_holder(gz, state, title, registry.year, until=registry.year_until)
    if found:
        # (a state's office named without its holder's name is the state's, as the coders
        # code "the most specific actor the text names", unless asked for the holders)
        hidden = _office_reads_as_state(gz, registry, state)
        if _named_in_text(gz, registry, found):
            return found
        if hidden:
            return None
        # ("Stanislav Zas, the CSTO's secretary-general" in a text dated after his term: the
        # holder the text names, when it names just one who ever held the office)
        other = _other_named_holder(gz, registry, state, title, found)
        return other or found
    # more than one held it in the year (or the years) the text may be of: the one it names;
    # with no year at all, any who ever held it ("the US Secretary of State called on Aliyev
    # ...", in a text that names Blinken)
    first = registry.year or HOLDERS_SINCE
    last = registry.year_until or registry.year or datetime.date.today().year
    held = {p for y in range(first, last + 1) for p in office_holders(gz, state, title, y)}
    # (not "former secretary Mike Pompeo", "his predecessor Rouhani")
    named = [p for p in held if _named_as_holder(gz, registry, p)]
    return named[0] if len(named) == 1 else None


def _other_named_holder(gz, registry, body: str, title: tuple, found: str) -> str | None:
    """The one holder of *title* in *body* other than *found*, in any year since
    HOLDERS_SINCE, whom the text names; None if none or several."""
    last = datetime.date.today().year
    held = {p for y in range(HOLDERS_SINCE, last + 1) for p in office_holders(gz, body, title, y)}
    named = [p for p in sorted(held - {found}) if _named_as_holder(gz, registry, p)]
    return named[0] if len(named) == 1 else None


def _named_as_holder(gz, registry, person: str) -> bool:
    """Whether the text names *person* other than as a past holder ("his predecessor
    Stanislav Zas", "former secretary-general Zas")."""
    name = ((gz.actors.get(person) or {}).get("name") or "").lower().split()
    text = registry.text.lower()
    return bool(name) and any(
        not re.search(r"\b(?:former|ex|predecessor|late)\b\W+(?:\w+\W+){0,3}$", text[: m.start()])
        for m in re.finditer(rf"\b{re.escape(name[-1])}\b", text)
    )


def _counterpart(gz, registry, person: str, state: str) -> str | None:
    """The holder in *state* of the title *person* holds (in the text or the gazetteer)."""
    titles = [t for (_, t), p in registry.titles.items() if p == person]
    titles += [
        t
        for (_, t), held in gz.offices.items()
        for first, last, p in held
        if p == person and (registry.year is None or first <= registry.year <= (last or 9999))
    ]
    own = (registry.get(person) or {}).get("parent")
    if gz.leaders.get(own, ("president",)) in titles:
        # the leader of a state has the leader of the other as counterpart ("Putin ... his
        # Armenian counterpart": Armenia's prime minister); a prime minister of a presidential
        # state or a ceremonial president keeps the holder of the same title
        found = _title_holder(gz, registry, state, gz.leaders.get(state, ("president",)))
        if found:
            return found
    for title in titles:
        found = _title_holder(gz, registry, state, title)
        if found:
            return found
    if any(t in HEAD_TITLES for t in titles):
        # "Putin ... his Armenian colleague" with no holder of his title known there: the head
        # of state or government the text named for that state (Armenia's prime minister)
        named = {registry.titles.get((state, head)) for head in HEAD_TITLES} - {None}
        if len(named) == 1:
            return named.pop()
    return None


#: The titles of a head of state or government, each other's counterparts.
HEAD_TITLES = (("president",), ("prime", "minister"), ("premier",), ("chancellor",))
#: Words after a diplomat's title that post it somewhere ("top diplomat in Baku", "for Europe").
POSTED = frozenset(["in", "to", "for", "at"])


#: Nouns of a state's conduct: "the Azerbaijani decision" is judged as Azerbaijan's.
POLICY_NOUNS = frozenset(
    ["decision", "decisions", "policy", "policies", "position", "stance", "actions", "move"]
    + [
        "steps",
        "moves",
        "troop",
        "fire",  # ("deeply concerned by the Azerbaijani fire")
        "rhetoric",
        "behaviour",
        "behavior",
        "conduct",
        "statement",
        "statements",
    ]
)
#: Nouns for the people of a place: "the population of X", "residents of X".
POPULATION_NOUNS = frozenset(
    ["population", "people", "resident", "inhabitant", "civilian", "minority", "residents"]
)
#: Words that may qualify them: "the ethnic Armenian population of X".
POPULATION_QUALIFIERS = frozenset(["the", "local", "civilian", "ethnic", "its", "entire", "whole"])


def _people(token, demonyms) -> bool:
    """A word for the people of a place: "population", "residents", or a demonym in the plural
    ("Armenians")."""
    lower = token.lower_
    return token.lemma_.lower() in POPULATION_NOUNS or (
        lower.endswith("s") and lower[:-1] in demonyms and token.text[:1].isupper()
    )


#: Participles of holding land ("controlled by ethnic Armenians").
RULED_WORDS = frozenset(
    ["controlled", "run", "governed", "held", "administered", "ruled", "managed"]
)
#: Words that may stand between a participle of holding land and its "by" ("controlled for
#: decades by", "held since 1994 by") and between "by" and the people ("by breakaway ethnic
#: Armenians", "by its mostly ethnic Armenian inhabitants").
RULED_GAP = frozenset(["for", "since", "de", "facto", "fully", "largely", "effectively"])
#: Words of a length of time ("for more than three decades", "since the early 1990s").
TIME_WORDS = frozenset(
    ["the", "a", "decade", "decades", "year", "years", "months", "weeks", "more", "than", "over"]
    + ["nearly", "almost", "two", "three", "several", "many", "early", "late", "last"]
)


#: Month names, after "in" a time, not a place ("Armenian territory in May").
MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september"]
    + ["october", "november", "december"]
)


def _place_after(token) -> bool:
    """Whether *token*, after "in", begins a place's name ("in Karabakh"), not a time ("in
    2022", "in May") or a part of the land itself ("in the south")."""
    return token.is_title and token.lower_ not in MONTHS


def time_word(token) -> bool:
    """Whether *token* belongs to a length or point of time: a word of :data:`TIME_WORDS`, a
    number, a year or a decade ("1990s")."""
    return (
        token.lower_ in TIME_WORDS
        or token.like_num
        or re.fullmatch(r"\d{4}s?", token.text) is not None
    )


RULER_QUALIFIERS = frozenset(["breakaway", "separatist", "its", "mostly", "ethnic", "local"])
#: Nouns after a demonym for the people who hold land ("by Armenian fighters").
RULER_NOUNS = frozenset(["fighter", "inhabitant", "separatist", "rebel", "population", "resident"])


#: Words that count a few people ("17 Armenians", "dozens of Azerbaijanis"): persons of a
#: state, not its people as a whole ("thousands of Armenians fled" stays unnamed).
FEW_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
    + ["twelve", "fifteen", "twenty", "several", "dozens", "dozen", "few", "handful"]
)


#: Verbs of taking, holding and giving back people, near which a counted few of a people are
#: their state's nationals (not "Several Armenians protested outside the embassy").
CAPTIVITY_VERBS = frozenset(
    ["release", "free", "hold", "detain", "arrest", "capture", "hand", "return", "repatriate"]
    + ["exchange", "swap", "transfer", "sentence", "convict", "imprison", "jail", "abduct"]
    + ["kidnap", "handover", "custody", "captive", "prisoner"]
)


_PLURAL_DEMONYMS: dict = {}  # gazetteer key -> compiled pattern of its demonyms' plurals


def _plural_demonyms(gz):
    """A pattern that finds the gazetteer's demonyms in the plural ("Armenians")."""
    if gz.key not in _PLURAL_DEMONYMS:
        words = sorted((re.escape(d) for d in gz.demonyms if d.isalpha()), key=len, reverse=True)
        _PLURAL_DEMONYMS[gz.key] = re.compile(r"\b(?:" + "|".join(words) + r")s\b", re.IGNORECASE)
    return _PLURAL_DEMONYMS[gz.key]


def _counted_nationals(doc, start, end, mentions, registry) -> list:
    """ "released 17 Armenians", "still holds dozens of Armenians", "detained six
    Azerbaijanis": a counted few of a people taken, held or given back are nationals of its
    state (as "Armenian soldiers" are), the state itself for the coding; a number of a
    thousand or more, no count, or no such verb near ("Several Armenians protested") names
    no one."""
    demonyms = registry.gazetteer.demonyms
    if not _plural_demonyms(registry.gazetteer).search(doc[start:end].text):
        return mentions  # (most sentences name no people in the plural: no token loop)
    taken = {k for m in mentions for k in range(m.start, m.end)}
    added = []
    for k in range(max(start, 1), end):
        token = doc[k]
        lower = token.lower_
        if k in taken or not (lower.endswith("s") and lower[:-1] in demonyms):
            continue
        if not token.text[:1].isupper():
            continue
        j = k - 1
        if doc[j].lower_ == "of" and j - 1 >= start:
            j -= 1  # "dozens of Armenians"
        count = doc[j]
        few = count.lower_ in FEW_WORDS or (
            count.like_num
            and count.text.replace(",", "").isdigit()
            and int(count.text.replace(",", "")) < 1000
        )
        near = doc[max(start, j - 6) : min(end, k + 5)]
        if few and any(t.norm_ in CAPTIVITY_VERBS for t in near):
            added.append(Mention.of_span(doc[k : k + 1], demonyms[lower[:-1]], "AGENT"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: Counts of a few, or of one ("an Armenian citizen").
ONE_OR_FEW_WORDS = FEW_WORDS | {"a", "an", "one"}
#: Nouns of a state's nationals ("two Russian journalists", "two Iranian truck drivers").
NATIONAL_NOUNS = frozenset(
    ["citizens", "nationals", "journalists", "drivers", "reporters", "businessmen", "citizen"]
    + ["national", "journalist", "driver", "reporter", "businessman", "lorry", "truck"]
    + ["residents", "villagers", "shepherds", "farmers"]
    + ["spy", "spies", "agent", "agents"]
)


def _counted_citizens(doc, start: int, end: int, mentions: list, demonyms: dict) -> list:
    """ "Azerbaijan detained two Russian journalists", "police detained two Iranian truck
    drivers", "released an Armenian citizen": a counted few nationals of a state taken, held or
    given back are its own (as "Armenian soldiers" are), the state for the coding."""
    # (the demonym alone is a qualifier mention of its own: "Russian" in "Russian journalists")
    taken = {k for m in mentions if m.label != "ADJ" for k in range(m.start, m.end)}
    added, replaced = [], set()
    for k in range(max(start, 1), end - 1):
        token = doc[k]
        if k in taken or token.lower_ not in demonyms or not token.text[:1].isupper():
            continue
        last = k + 1
        if doc[last].lower_ in ("truck", "lorry") and last + 1 < end:
            last += 1  # ("truck drivers")
        if doc[last].lower_ not in NATIONAL_NOUNS:
            continue
        count = doc[k - 1]
        few = (
            count.lower_ in ONE_OR_FEW_WORDS
            or (count.like_num and count.text.isdigit() and int(count.text) < 1000)
            # ("Azerbaijan detained Iranian lorry drivers": right after the verb, uncounted)
            or count.norm_ in CAPTIVITY_VERBS
        )
        near = doc[max(start, k - 7) : min(end, last + 5)]
        if few and any(t.norm_ in CAPTIVITY_VERBS for t in near):
            added.append(Mention.of_span(doc[k : last + 1], demonyms[token.lower_], "AGENT"))
            replaced.add(k)
    if not added:
        return mentions
    kept = [m for m in mentions if not (m.label == "ADJ" and m.start in replaced)]
    return sorted(kept + added, key=lambda m: m.start)


def _ruling_people(doc, start, end, mentions, registry) -> list:
    """ "X, controlled / run / governed by (ethnic) Armenians", "under the control of ethnic
    Armenians": a people said to hold land is the group that governs X (its ``authority``),
    else the text's separatists (the armed group of the dataset, else the role group), not
    the people as a whole."""
    gz = registry.gazetteer
    taken = {k for m in mentions for k in range(m.start, m.end)}
    added = []
    for k in range(start + 1, end - 1):
        # (only after "controlled by" / "control of": the sentence's other words are skipped)
        before = k - 1
        while before > start and (doc[before].lower_ in RULED_GAP or time_word(doc[before])):
            before -= 1
        if not (
            (doc[k].lower_ == "by" and doc[before].lower_ in RULED_WORDS)
            or (doc[k].lower_ == "of" and doc[k - 1].lower_ == "control")
        ):
            continue
        first = i = k + 1
        while doc[i].lower_ in RULER_QUALIFIERS and i + 1 < end:
            i += 1
        if (
            doc[i].lower_ in gz.demonyms
            and i + 1 < end
            and doc[i + 1].lemma_.lower() in RULER_NOUNS
            and i not in taken
        ):
            i += 1  # "by Armenian fighters", "by its ethnic Armenian inhabitants"
        elif (
            i in taken
            or not _people(doc[i], gz.demonyms)
            or doc[i].lemma_.lower() in POPULATION_NOUNS
        ):
            continue
        # the group that governs the territory named before (its ``authority``), else the
        # text's separatists
        ruled = [
            m.actor
            for m in mentions
            if m.end <= k and m.actor and gz.authorities.get(m.actor) in gz.role_defs
        ]
        ident = registry.role(gz.authorities[ruled[-1]] if ruled else "separatists")
        if ident is not None:
            added.append(Mention.of_span(doc[first : i + 1], ident, "ROLE"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: Nouns of a route described by its ends ("the only road connecting A and B").
ROUTE_NOUNS = frozenset(["road", "route", "corridor", "highway", "lifeline", "artery"])
#: Words between a route noun and its first end ("the road that links", "the route from").
ROUTE_LINKS = frozenset(["connecting", "linking", "connects", "links", "joining", "from"])
#: Words between a route's two ends ("connecting A and B", "from A to B", "linking A with B").
ROUTE_JOINS = frozenset(["and", "to", "with"])


def _described_routes(doc, start, end, mentions, registry) -> list:
    """ "the only road connecting Nagorno-Karabakh and Armenia", "the road from Armenia to
    Karabakh": a route the gazetteer knows by its two ends (organisations.csv ``ends``) is
    that route ("the Lachin corridor"), named at its noun."""
    gz = registry.gazetteer
    if not gz.route_ends:
        return mentions
    by_start = {m.start: m for m in mentions if m.actor}
    # "the region", "the enclave": a territory the caller resolves later, an end all the same
    by_start.update(
        {
            m.start + 1: m  # (past its "the", as a named end's is skipped)
            for m in mentions
            if m.actor is None
            and m.label == "PRONOUN"
            and DEFINITE_NOUNS.get(m.text.lower().split()[-1]) == "territory"
        }
    )
    taken = {k for m in mentions for k in range(m.start, m.end)}
    added = []
    for k in range(start, end - 3):
        if doc[k].lower_ not in ROUTE_NOUNS or k in taken:
            continue
        i = k + 1
        if doc[i].lower_ in ("that", "which"):
            i += 1
        if doc[i].lower_ in ("leading", "to", "into") and not (
            doc[i].lower_ == "leading" and i + 1 < end and doc[i + 1].lower_ in ROUTE_LINKS
        ):
            # "the road leading to Karabakh", "the only land route to X": the one route the
            # gazetteer knows to that territory
            i += 1 + (doc[i].lower_ == "leading" and doc[i + 1].lower_ in ("to", "into"))
            i += doc[i].lower_ == "the" if i < end else 0
            only = by_start.get(i)
            route = _route_to(registry, only.actor) if only is not None else None
            if route is not None:
                registry.ensure(route)
                added.append(Mention.of_span(doc[k : k + 1], route, "NAME"))
            continue
        i += doc[i].lower_ == "leading"  # "the road leading from A to B"
        if doc[i].lower_ not in ROUTE_LINKS:
            continue
        i += 1
        i += doc[i].lower_ == "the" if i < end else 0
        first = by_start.get(i)
        if first is None or first.end + 1 >= end or doc[first.end].lower_ not in ROUTE_JOINS:
            continue
        j = first.end + 1
        j += doc[j].lower_ == "the"
        second = by_start.get(j)
        route = _route_between(registry, first.actor, second.actor) if second else None
        if route is not None:
            registry.ensure(route)
            added.append(Mention.of_span(doc[k : k + 1], route, "NAME"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: The gazetteer's lands around Karabakh (the seven districts Armenian forces held until 2020).
SURROUNDING_LANDS = "surrounding_districts"
#: The territory they surround.
SURROUNDED_LAND = KARABAKH_ID
#: Adjectives and nouns of "surrounding areas", "adjacent regions", "territory around X"
#: (the nouns also those "occupied" qualifies: "the occupied territories of Azerbaijan").
SURROUNDING_ADJECTIVES = frozenset(["surrounding", "adjacent"])
LAND_NOUNS = frozenset(
    ["area", "areas", "territory", "territories", "region", "regions", "district", "districts"]
    + ["land", "lands"]
)
#: Words that may stand between Karabakh and "surrounding areas" ("Nagorno-Karabakh itself
#: and substantial surrounding territory", "the region along with seven adjacent regions").
SURROUNDING_LINKS = frozenset(
    ["and", "with", "along", "as", "well", "itself", "the", "its", "all", "seven", "some"]
    + ["substantial", "large", "parts", "part", "swaths", "swathes", "of", "other", ",", "several"]
)
#: Words of quantity before "surrounding areas" that belong to the name ("all seven adjacent
#: districts", "substantial surrounding territory").
SURROUNDING_QUANTIFIERS = frozenset(["all", "seven", "substantial", "some", "large", "other"])
#: Words after Karabakh that make "around" no place ("areas around the Karabakh conflict").
SURROUNDED_NOT_PLACE = frozenset(["conflict", "war", "dispute", "issue", "talks", "crisis"])


def _names_karabakh(doc) -> bool:
    """Whether the text names Karabakh anywhere (found once per document)."""
    if "names_karabakh" not in doc.user_data:
        doc.user_data["names_karabakh"] = "karabakh" in doc.text.lower()
    return doc.user_data["names_karabakh"]


def _surrounding_lands(doc, start, end, mentions, registry) -> list:
    """ "Nagorno-Karabakh and surrounding areas", "the enclave and seven adjacent regions",
    "territory in and around Nagorno-Karabakh", "areas it holds outside Nagorno-Karabakh's
    borders": the lands around Karabakh (the gazetteer's ``surrounding_districts``), named at
    their noun, when Karabakh (or "the region", "the enclave" in a text that names Karabakh)
    is named right there. Other "surrounding areas" ("Ganja and surrounding areas") are none."""
    if SURROUNDING_LANDS not in registry.gazetteer.actors:
        return mentions

    def karabakh(m) -> bool:
        if m.actor == SURROUNDED_LAND:
            return m.label == "NAME"  # (not a town of it: "Stepanakert and surrounding areas")
        return (
            m.actor is None
            and m.label == "PRONOUN"
            and m.text.lower().split()[-1] in ("region", "enclave")
            and _names_karabakh(doc)
        )

    taken = {k for m in mentions for k in range(m.start, m.end)}
    anchors = [m for m in mentions if karabakh(m)]
    if not anchors:
        return mentions
    added = []
    for k in range(start, end - 1):
        if k in taken or doc[k].lower_ not in SURROUNDING_ADJECTIVES:
            continue
        noun = doc[k + 1]
        if noun.lower_ not in LAND_NOUNS or k + 1 in taken:
            continue
        # "Nagorno-Karabakh and (all seven / substantial) surrounding areas"
        if any(
            a.end <= k
            and k - a.end <= 7
            and doc[a.end].lower_ in ("and", "with", "along", "as", "itself", ",")
            and all(t.lower_ in SURROUNDING_LINKS or t.like_num for t in doc[a.end : k])
            for a in anchors
        ):
            first = k
            while first - 1 >= start and (
                doc[first - 1].like_num or doc[first - 1].lower_ in SURROUNDING_QUANTIFIERS
            ):
                first -= 1  # ("all seven adjacent districts", "substantial surrounding territory")
            added.append(Mention.of_span(doc[first : k + 2], SURROUNDING_LANDS, "NAME"))
    for m in mentions:
        # the gazetteer's own "seven adjacent districts" after "all": the whole phrase
        if (
            m.actor == SURROUNDING_LANDS
            and m.start - 1 >= start
            and doc[m.start - 1].lower_ in SURROUNDING_QUANTIFIERS
        ):
            added.append(Mention.of_span(doc[m.start - 1 : m.end], SURROUNDING_LANDS, "NAME"))
            mentions = [x for x in mentions if x is not m]
    for a in anchors:
        # "territory (in and) around Nagorno-Karabakh", "areas it holds outside Karabakh's"
        i = a.start - 1
        i -= i >= start and doc[i].lower_ == "the"
        if i < start or doc[i].lower_ not in ("around", "outside"):
            continue
        after = doc[a.end].lower_ if a.end < end else ""
        if after in SURROUNDED_NOT_PLACE:
            continue
        j = i - 1
        if j - 2 >= start and doc[j].lower_ == "and" and doc[j - 1].lower_ == "in":
            j -= 2  # ("in and around": Karabakh as well, which keeps its own mention)
        near = [t for t in doc[max(start, j - 3) : j + 1] if t.lower_ in LAND_NOUNS]
        if not near or near[-1].i in taken:
            continue
        noun = near[-1]
        if any(t.lower_ in (",", ";", "in", "of") for t in doc[noun.i + 1 : j + 1]):
            continue
        added.append(Mention.of_span(doc[noun.i : noun.i + 1], SURROUNDING_LANDS, "NAME"))
    if not added:
        return mentions
    registry.ensure(SURROUNDING_LANDS)
    return sorted(mentions + added, key=lambda m: m.start)


def _route_to(registry, end: str | None) -> str | None:
    """The one route the gazetteer knows with territory *end* as an end, if only one."""
    if (registry.get(end) or {}).get("kind") != "territory":
        return None
    found = {route for ends, route in registry.gazetteer.route_ends.items() if end in ends}
    return found.pop() if len(found) == 1 else None


def _route_between(registry, a, b) -> str | None:
    """The route the gazetteer knows between ends *a* and *b*; an end of None ("the
    region") is any territory, if only one such route leads to the other end."""
    routes = registry.gazetteer.route_ends
    if a is not None and b is not None:
        return routes.get(frozenset([a, b]))
    named = a if b is None else b
    if named is None:
        return None
    found = {
        route
        for ends, route in routes.items()
        if named in ends
        and len(ends) == 2
        and all((registry.get(x) or {}).get("kind") == "territory" for x in ends - {named})
    }
    return found.pop() if len(found) == 1 else None


def _territory_populations(doc, start, end, mentions, registry) -> list:
    """ "the population of X", "residents of X", "the Armenian minority living in X",
    "(ethnic) Armenians in X", "X('s) Armenians": the people of territory X (an actor of kind
    ``population``; the caller adds that they inhabit X when the text says so)."""
    out = []
    demonyms = registry.gazetteer.demonyms
    for m in mentions:
        kind = (registry.get(m.actor) or {}).get("kind") if m.actor else None
        k = m.start - 1
        if k > start and doc[k].lower_ == "living":
            k -= 1  # "the Armenian minority living in X"
        # "Karabakh Armenians", "Karabakh's Armenians": the people named after the place
        after = m.end + (1 if m.end < end and doc[m.end].lower_ in ("'s", "’s") else 0)
        if kind == "territory" and after + 1 < end and doc[after].lower_ == "ethnic":
            after += 1  # "Karabakh's ethnic Armenians"
        named_after = (
            kind == "territory"
            and after < end
            and _people(doc[after], demonyms)
            and doc[after].lemma_.lower() not in POPULATION_NOUNS
        )
        if (
            kind == "territory"
            and after > m.end
            and after + 1 < end
            and doc[after].lower_ in demonyms
            and doc[after + 1].lemma_.lower() in POPULATION_NOUNS
        ):
            after, named_after = after + 1, True  # "Karabakh's Armenian residents"
        group = _land_leaders(doc, m, after, end, registry) if kind == "territory" else None
        if group is not None:
            out.append(group)  # "Karabakh's (ethnic) Armenian leaders": the land's holders
            continue
        # "people fleeing X", "refugees from X", "those displaced from X": its people too
        fled = (
            _fled_from(doc, k, start, demonyms) if kind == "territory" and not named_after else None
        )
        if (
            not named_after
            and fled is None
            and (
                kind != "territory"
                or k <= start
                or doc[k].lower_ not in ("of", "in")
                or not _people(doc[k - 1], demonyms)
            )
        ):
            out.append(m)
            continue
        if named_after:
            first, last = m.start, after + 1  # "Karabakh('s) Armenians"
        elif fled is not None:
            first, last = fled, m.end
            while first - 1 > start and (
                doc[first - 1].lower_ in POPULATION_QUALIFIERS
                or doc[first - 1].lower_ in COUNT_WORDS
                or doc[first - 1].like_num
            ):
                first -= 1  # "(the more than 100,000) ethnic Armenians who fled X"
            while out and out[-1].end > first:
                out.pop()
        else:
            first, last = k - 1, m.end  # "the (Armenian) population of Karabakh"
            while first - 1 >= start and (
                doc[first - 1].lower_ in POPULATION_QUALIFIERS
                or doc[first - 1].lower_ in registry.gazetteer.demonyms
            ):
                first -= 1
            while out and out[-1].end > first:
                out.pop()  # "Armenian" in "the Armenian population of X": part of this mention
        ident = registry.population(m.actor)
        span = doc[first:last]
        out.append(Mention(first, last, ident, "ROLE", (span.start_char, span.end_char), span.text))
    return out


def _land_leaders(doc, m, after: int, end: int, registry):
    """ "Karabakh's (ethnic) Armenian leaders / officials / soldiers" (territory *m*, its
    people's demonym at token *after*): the group of the gazetteer that holds the land, as a
    mention over the phrase; else None."""
    ruler = registry.gazetteer.authorities.get(m.actor)
    if not (
        ruler in registry.gazetteer.role_defs
        and after > m.end
        and after + 1 < end
        and doc[after].lower_ in registry.gazetteer.demonyms
        and doc[after + 1].lemma_.lower() in HELD_LAND_LEADERS
    ):
        return None
    return Mention.of_span(doc[m.start : after + 2], registry.role(ruler), "ROLE")


#: Nouns of the leaders, envoys and forces of a land's people ("Karabakh's Armenian leaders").
HELD_LAND_LEADERS = HOLDER_NOUNS | {"negotiator", "government", "soldier", "militia"}
#: Words of a count before the people who left a place ("the more than 100,000 ...").
COUNT_WORDS = frozenset(["more", "than", "some", "about", "nearly", "over", "almost", "all"])
#: People who left a place ("people fleeing Karabakh", "refugees from Karabakh").
FLED_PEOPLE = frozenset(["people", "refugees", "civilians", "residents", "those", "evacuees"])
FLED_WORDS = frozenset(["fleeing", "from", "leaving", "fled", "left"])
#: Participles before "from X" of people who came from X ("those displaced from X",
#: "ethnic Armenians arriving from X").
CAME_FROM = frozenset(["displaced", "evacuated", "fled", "arriving", "arrived", "expelled"])


def _fled_from(doc, k: int, start: int, demonyms: dict) -> int | None:
    """Where "people fleeing / (displaced) from" ends at token *k* (just before a territory):
    the first token of the phrase, else None. "Armenians who fled X", "Armenians arriving
    from X": the people a plural demonym names, too."""
    if k <= start or doc[k].lower_ not in FLED_WORDS:
        return None
    p = k - 1
    said = False  # (a participle or "who fled" says they came from X: "Armenians from X" not)
    if doc[k].lower_ == "from" and p > start and doc[p].lower_ in CAME_FROM:
        p, said = p - 1, True  # "those displaced from X"
    elif doc[k].lower_ == "fleeing":
        said = True  # "ethnic Armenians fleeing X"
    elif doc[k].lower_ in ("fled", "left"):
        if not (p > start and doc[p].lower_ == "who"):
            return None  # ("Armenians fled Karabakh": a clause, the people its subject)
        p, said = p - 1, True  # "Armenians who fled X"
    if p >= start and (doc[p].lower_ in FLED_PEOPLE or (said and _people(doc[p], demonyms))):
        return p
    return None


def _two_word_pronouns(doc, start, end, mentions, matches) -> None:
    """Add a PRONOUN mention for each token pair (t, next) of doc[start:end] that *matches*
    and whose second word is not already part of a mention."""
    for token in doc[start : end - 1]:
        nxt = doc[token.i + 1]
        if matches(token, nxt) and not any(m.start <= token.i + 1 < m.end for m in mentions):
            mentions.append(Mention.of_span(doc[token.i : token.i + 2], None, "PRONOUN"))


def _shared_head_demonyms(doc, gz, start: int, first: int, taken: set, state) -> list:
    """The demonyms before "and" that share the head of the one at *first* ("the Azerbaijani
    and Armenian forces", "the Azerbaijani, Russian(,) and Armenian leaders"), nearest first;
    each of another state than *state*; [] if none."""
    k = first - 1
    if k < start or doc[k].lower_ != "and":
        return []
    k -= 1
    if k >= start and doc[k].text == ",":
        k -= 1  # (the serial comma)
    out = []
    while (
        k >= start
        and doc[k].lower_ in gz.demonyms
        and k not in taken
        and gz.demonyms[doc[k].lower_] != state
    ):
        out.append(k)
        if k - 2 >= start and doc[k - 1].text == ",":
            k -= 2
        else:
            break
    if out and out[-1] > start and doc[out[-1] - 1].lower_ == "in":
        return out[:-1]  # ("speaking in Russian, Armenian and Azerbaijani leaders": a language)
    return out


#: The days of the week, in order (lower case).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Reporting verbs after which "they" is the pair that reports ("A and B said they had ...").
PAIR_REPORT_WORDS = frozenset(
    ["said", "say", "says", "announced", "stated", "confirmed", "added", "agreed", "reported"]
)


def _said_they(doc, first: int, end: int, mentions) -> int | None:
    """The token of "they" right after a reporting verb ("said", "said that") whose subject
    opens the sentence as two actors joined by "and": "Armenia and Azerbaijan said they had
    agreed ..." (the pair, as a sentence-opening "They" is); else None."""
    named = [m for m in mentions if m.actor and m.label not in ("ADJ", "TITLE")]
    if len(named) < 2 or named[0].start > first + 1:
        return None
    a, b = named[0], named[1]
    if b.start != a.end + 1 or doc[a.end].lower_ != "and":
        return None
    k = b.end
    if k < end and doc[k].lower_ in ("jointly", "also"):
        k += 1
    if k >= end or doc[k].lower_ not in PAIR_REPORT_WORDS:
        return None
    k += 1
    while k < end and (doc[k].lower_ in ("on", "that", *WEEKDAYS)):
        k += 1  # ("said on Thursday that they")
    if k < end - 1 and doc[k].lower_ == "they":
        return k
    return None


#: Words for a crowd that protests ("thousands of people rallied in Yerevan").
CROWD_WORDS = frozenset(
    ["people", "protesters", "protestors", "demonstrators", "residents", "villagers"]
    + ["marchers", "crowd", "crowds", "thousands", "hundreds"]
)
#: Crowd words that say the crowd protests.
PROTESTING_CROWDS = frozenset(["protesters", "protestors", "demonstrators", "marchers"])
#: Lemmas of what a crowd does when it protests.
CROWD_ACTIONS = frozenset(
    ["protest", "rally", "march", "demonstrate", "picket", "chant", "storm", "street"]
    + ["streets", "demand", "demanding", "protesting", "rallied", "marched"]
)
#: How many tokens after the crowd word its place may be named.
CROWD_REACH = 14


def _accused_them(doc, token, start: int, mentions: list) -> bool:
    """Whether "them" at *token* is accused ("accused them of ...") after a pair named as a
    subject earlier in the sentence ("the United States and France refused ..."; not "praised
    A and B, and C accused them", nor "accused them of nothing")."""
    if (
        token.lower_ != "them"
        or token.i <= start
        or doc[token.i - 1].lower_ not in ACCUSED_THEM
        or any(m.start <= token.i < m.end for m in mentions)
        or [t.lower_ for t in doc[token.i + 1 : token.i + 3]] == ["of", "nothing"]
    ):
        return False
    named = [m for m in mentions if m.actor and start <= m.start and m.end < token.i]
    return any(
        [t.lower_ for t in doc[a.end : b.start]] in (["and"], ["and", "the"])
        and doc[b.end].is_alpha
        for a in named
        for b in named
    )


def _named_after(doc, m, mentions: list, end: int) -> bool:
    """Whether pair mention *m* only owns the office of two persons named right after it:
    "the two countries' foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov" (the persons
    are the ones meant, not the two states)."""
    if m.label != "PAIR" or m.end >= end or doc[m.end].lower_ not in ("'", "'s", "’s", "’"):
        return False
    k = m.end + 1
    while k < end and doc[k].is_lower and doc[k].is_alpha:
        k += 1  # ("foreign ministers", "leaders", "defence chiefs")
    if k == m.end + 1 or k >= end or doc[k].text != ",":
        return False
    people = [x for x in mentions if x.label == "PERSON" and x.start > k][:2]
    return (
        len(people) == 2
        and people[0].start == k + 1
        and [t.lower_ for t in doc[people[0].end : people[1].start]] == ["and"]
    )


def _succeeded(doc, m, end: int) -> bool:
    """Whether person mention *m* only names another's office holder: "Blinken's successor
    Marco Rubio" (not Blinken)."""
    k = m.end
    return (
        m.label == "PERSON"
        and k + 1 < end
        and doc[k].lower_ in ("'s", "’s")
        and doc[k + 1].lower_ in ("successor", "predecessor")
    )


#: Nouns of those who speak for a party ("representatives of X"): the party itself.
ENVOY_NOUNS = frozenset(
    ["representatives", "representative", "envoys", "delegates", "delegation", "delegations"]
    + ["negotiators", "officials"]
)


def _represented_parties(doc, start: int, mentions: list, demonyms: dict) -> list:
    """ "Officials from Azerbaijan and representatives of the separatists met": the mention
    of the party takes in "representatives of" (and "and of" after such a phrase:
    "representatives of Azerbaijan and of the separatists"), so that the two stand
    coordinated as the parties. Only where no demonym or name qualifies the noun ("Azerbaijani
    representatives of the commission" are Azerbaijan's)."""
    if not any(doc[m.start - 1].lower_ in ("of", "the") for m in mentions if m.start > start):
        return mentions  # (no mention after "of": nothing to widen)
    out = list(mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for k, m in enumerate(out):
        if not m.actor or m.label in ("ADJ", "PAIR", "RECIPROCAL", "PRONOUN"):
            continue
        i = m.start - 1 - (m.start - 1 > start and doc[m.start - 1].lower_ == "the")
        if i - 1 < start or doc[i].lower_ != "of":
            continue
        if doc[i - 1].lower_ == "and" and k > 0 and out[k - 1].end == i - 1:
            if out[k - 1].text.lower().split()[0] in ENVOY_NOUNS:
                out[k] = _widened(doc, m, i)  # "... and of the separatists"
            continue
        noun = i - 1
        if doc[noun].lower_ not in ENVOY_NOUNS:
            continue
        first = noun - 1 if noun - 1 >= start and doc[noun - 1].lower_ == "the" else noun
        before = doc[noun - 1] if noun - 1 >= start else None
        if before is not None and (before.lower_ in demonyms or (noun - 1) in taken):
            continue
        out[k] = _widened(doc, m, first)
    return out


#: Words of Georgia's lands where the EU also has monitors (its mission there since 2008).
GEORGIAN_WORDS = frozenset(
    ["georgia", "georgian", "tbilisi", "ossetia", "ossetian", "abkhazia", "abkhaz", "ergneti"]
)


def _foreign_contingents(mentions: list, doc, end: int) -> list:
    """ "The Russian contingent" is the peacekeepers; another state's contingent, a contingent
    with no state, or one "of" something ("of the CSTO", "of journalists") is none."""
    out = []
    for m in mentions:
        if (
            m.text.lower().split()[-1] == "contingent"
            and m.label == "ROLE"
            and (
                m.actor not in ("rus_peacekeepers", "peacekeepers")
                or (m.end < end and doc[m.end].lower_ == "of")
            )
        ):
            m = replace(m, actor=None)  # ("the Turkish contingent", "a contingent of X")
        out.append(m)
    return out


def _georgian_monitors(mentions: list, doc, start: int, end: int) -> list:
    """ "The EU's monitors in Georgia", "Tbilisi thanked the EU monitors": the European Union's
    (its Georgian mission has no actor of its own), not its mission in Armenia, when the
    sentence names Georgia and not Armenia."""
    if not any(m.actor == "euma" for m in mentions):
        return mentions
    words = {t.lower_ for t in doc[start:end]}
    if not words & GEORGIAN_WORDS or words & {"armenia", "armenian", "yerevan"}:
        return mentions
    return [replace(m, actor="eu") if m.actor == "euma" else m for m in mentions]


def _widened(doc, m, first: int):
    """Mention *m* begun at token *first* (same actor and label)."""
    span = doc[first : m.end]
    return replace(m, start=first, char=(span.start_char, span.end_char), text=span.text)


def _placed_crowds(doc, start: int, end: int, mentions: list, registry) -> list:
    """ "Thousands of people rallied in Stepanakert", "Hundreds of protesters gathered outside
    the government building in Yerevan", "Residents of villages in Tavush blocked a highway in
    protest": a crowd that protests where the text places it is the people of that territory
    (Karabakh's people, as the dev set codes the rallies in Stepanakert), or a state's
    protesters (its ``protesters`` group) when the place is in a state. Only a crowd the
    sentence names with no state of its own ("Armenian protesters" are already theirs), and only
    when the sentence says it protests."""
    role = registry.gazetteer.role_defs.get("protesters")
    if role is None:
        return mentions
    out = list(mentions)
    for c in range(start, end):
        if doc[c].lower_ not in CROWD_WORDS:
            continue
        covering = [m for m in out if m.start <= c < m.end]
        if covering and not (covering[0].actor == role.id and covering[0].end == c + 1):
            continue  # ("Armenian protesters": the state's own)
        # (a crowd that gathers to mourn, vote or wait is no protest: "gathered ... to demand")
        window = doc[c + 1 : min(end, c + 10)]
        if doc[c].lower_ not in PROTESTING_CROWDS and not any(
            t.lemma_.lower() in CROWD_ACTIONS or t.lower_ in CROWD_ACTIONS for t in window
        ):
            continue
        place = next(
            (
                m
                for m in out
                if (c < m.start <= c + CROWD_REACH or (m.start <= start + 1 and m.end < c))
                and m.actor
                and m.start > start
                and (
                    any(t.lower_ in ("in", "near") for t in doc[max(start, m.start - 2) : m.start])
                    # ("residents of Tavush"; not "protesters, who accused him of betraying X")
                    or (m.start == c + 2 and doc[c + 1].lower_ == "of")
                )
                and (registry.get(m.actor) or {}).get("kind") in ("state", "territory")
            ),
            None,
        )  # (also "In Stepanakert, thousands of people rallied ...")
        if place is None:
            continue
        kind = (registry.get(place.actor) or {}).get("kind")
        if kind == "territory" and place.actor in registry.gazetteer.authorities:
            crowd = registry.population(place.actor)
        elif kind == "state":
            crowd = _state_group(registry.gazetteer, registry, place.actor, role)
        else:
            continue
        first = c
        if c - 2 >= start and doc[c - 1].lower_ == "of" and doc[c - 2].lower_ in CROWD_WORDS:
            first = c - 2  # "thousands of people"
        out = [m for m in out if not (m.start <= c < m.end)]
        out.append(Mention.of_span(doc[first : c + 1], crowd, "ROLE"))
        out.sort(key=lambda m: m.start)
        break
    return out
