"""The gazetteer: which words name which actor.

Built from, in order of precedence: the actors of a dataset the caller names
(matched by name and aliases first, so that new articles extend it), the
hand-kept lists of organisations and persons shipped in ``data/extract/``, and
every state of the CAMEO actor table with its demonyms, capitals and seats of
government (``states.csv``), which are read as metonyms ("Baku", "the Kremlin")
unless the text uses them as a place ("talks in Brussels").
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

__all__ = ["Gazetteer", "build_gazetteer", "PAIR_PHRASES", "TITLES", "slug"]

#: Phrases that stand for the two parties last named together ("the two leaders").
PAIR_PHRASES = (
    "the two leaders",
    "both leaders",
    "the two countries",
    "both countries",
    "the two sides",
    "both sides",
    "the sides",
    "the parties",
    "both parties",
    "the two parties",
    "the two nations",
    "the two neighbours",
    "the two neighbors",
    "the two states",
    "the two republics",
    "the two capitals",
    "both capitals",
    "the countries",
    "the neighbours",
    "the neighbors",
    "the two foreign ministers",
    "the foreign ministers",
    "both foreign ministers",
    "the two ministers",
    "both ministers",
    "the two presidents",
    "both presidents",
    "both governments",
    "the two governments",
    "the two",
    "the leaders",
    "the presidents",
    "each side",
    "each government",
    "each country",
    "either side",
    "all sides",
    "all parties",
    "all the parties",
    "the warring parties",
    "the warring sides",
    "both warring parties",
    "the conflicting parties",
    "the parties to the conflict",
    "the parties of the conflict",
    "the conflict parties",
    "the conflicting sides",
    "the belligerents",
    "both",
)
#: Titles that make the capitalised words after them a person's name.
TITLES = (
    "president",
    "prime minister",
    "premier",
    "foreign minister",
    "top diplomat",
    "chief diplomat",
    "defence minister",
    "defense minister",
    "deputy foreign minister",
    "deputy prime minister",
    "minister of foreign affairs",
    "minister for foreign affairs",
    "minister of defence",
    "minister of defense",
    "minister",
    "chancellor",
    "secretary of state",
    "foreign secretary",
    "assistant secretary",
    "deputy assistant secretary",
    "assistant secretary of state",
    "deputy assistant secretary of state",
    "under secretary",
    "undersecretary",
    "secretary-general",
    "secretary general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "special envoy",
    "special representative",
    "high representative",
    "commissioner",
    "chairman",
    "chairwoman",
    "chairperson",
    "chairperson-in-office",
    "chairman-in-office",
    "chairwoman-in-office",
    "secgen",
    "speaker",
    "ombudsman",
    "ombudswoman",
    "ombudsperson",
    "human rights defender",
    "king",
    "emir",
    "chief",
    "foreign policy chief",
    "pope",
    "general",
    "senator",
    "prosecutor",
    "prosecutor general",
    "prosecutor-general",
    "lawmaker",
    "congressman",
    "congresswoman",
    "mp",
    "mayor",
    "governor",
    "adviser",
    "advisor",
    "aide",
    "counterpart",
    "head",
    "director",
    "director-general",
    "director general",
    "coordinator",
    "mr",
    "mrs",
    "ms",
)


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("graphlib_kb").joinpath("data", "extract", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def _cameo_rows() -> list[dict[str, str]]:
    text = (
        resources.files("graphlib_kb")
        .joinpath("data", "events", "cameo_actors.csv")
        .read_text("utf-8")
    )
    return list(csv.DictReader(text.splitlines()))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


#: Letters of Azerbaijani Latin script, in which "c" is "j", "q" is "g" and "x" is "kh".
AZERBAIJANI_LETTERS = frozenset("əışçğ")
#: Letters of other scripts' transliterations, as English writes them.
LETTER_SPELLINGS = {"ə": "a", "ş": "sh", "ç": "ch", "ğ": "gh", "ı": "i", "ž": "zh", "š": "sh"}
LETTER_SPELLINGS |= {"č": "ch", "ć": "ch", "ś": "sh", "ł": "l", "ö": "o", "ü": "u"}
#: Letter groups of German, Polish and other spellings, as English writes them.
GROUP_SPELLINGS = (("tsch", "ch"), ("dsch", "j"), ("sch", "sh"), ("sz", "sh"), ("cz", "ch"))


def name_spelling(word: str) -> str:
    """A surname written as English writes its sounds: Azerbaijani, German and Polish letters
    and letter groups replaced, "w" as "v", "z" as "s", "j" as "y", "c" as "k", "q" as "g".

    >>> name_spelling("Paschinjan"), name_spelling("Alijew"), name_spelling("Sacharowa")
    ('pashinyan', 'aliyev', 'sakharova')
    """
    import unicodedata

    w = word.lower()
    if set(w) & AZERBAIJANI_LETTERS:
        w = w.replace("c", "j").replace("q", "g").replace("x", "kh")
    w = "".join(LETTER_SPELLINGS.get(ch, ch) for ch in w)
    w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
    for a, b in GROUP_SPELLINGS:
        w = w.replace(a, b)
    w = w.translate(str.maketrans("wzjcq", "vsykg"))
    return "".join(ch for ch in w if ch.isalpha())


def _edits(a: str, b: str) -> int:
    """The Levenshtein distance of *a* and *b*."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def name_skeleton(word: str) -> str:
    """A surname's letters as they sound, whatever the script's transliteration: the first
    letter, the consonants ("h", "y" and vowels left out) and a final vowel; "w" is "v", "z"
    is "s", "j" is "y" and "c" is "k". "Pashinyan", "Paşinyan", "Paschinjan" and "Paszinian"
    share one; so do "Aliyev", "Əliyev", "Alijew" and "Aliev" (but not "Aliyeva").

    >>> name_skeleton("Paşinyan") == name_skeleton("Paschinjan") == name_skeleton("Pashinyan")
    True
    >>> name_skeleton("Əliyev") == name_skeleton("Alijew") != name_skeleton("Aliyeva")
    True
    """
    w = name_spelling(word)
    if not w:
        return ""
    vowels = set("aeiouyh")
    core = w[0] + "".join(ch for ch in w[1:-1] if ch not in vowels)
    core += w[-1] if len(w) > 1 and (w[-1] not in vowels or w[-1] == "a") else ""
    return "".join(ch for k, ch in enumerate(core) if k == 0 or ch != core[k - 1])


def slug(text: str) -> str:
    """An actor id from a name: lower case, letters and digits joined by '_'."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_") or "actor"


@dataclass
class Role:
    """A group named by its role ("separatists", "border guards")."""

    id: str
    kind: str
    name: str
    per_state: str  # "false": one actor; "true": one per state; "state": the state itself
    cameo: str
    lemmas: list = field(default_factory=list)


@dataclass
class Gazetteer:
    """Actors by id, the names that mention them, and the lookup tables of the rules."""

    actors: dict = field(default_factory=dict)  # id -> attribute dict
    names: list = field(default_factory=list)  # (text, actor id, how: name|capital|person)
    demonyms: dict = field(default_factory=dict)  # lower-case demonym -> state id
    demonym_of: dict = field(default_factory=dict)  # state id -> its demonym ("Armenian")
    roles: dict = field(default_factory=dict)  # first lemma -> [(lemma tuple, Role)]
    role_defs: dict = field(default_factory=dict)  # role id -> Role
    surnames: dict = field(default_factory=dict)  # surname -> person id
    #: a surname's skeleton (`name_skeleton`) -> {person id: the spellings (`name_spelling`)
    #: of that person's surnames with it} (made when first asked)
    skeletons: dict | None = None
    #: lower-case name or alias of a population actor -> its id (made when first asked)
    peoples: dict | None = None
    state_ids: set = field(default_factory=set)
    #: (state or organisation id, title words) -> [(first year, last year or None, person id)]
    offices: dict = field(default_factory=dict)
    origin: dict = field(default_factory=dict)  # id -> dataset | gazetteer
    #: lower-case town name -> the role group seated there ("Stepanakert" -> the separatists)
    seats: dict = field(default_factory=dict)
    #: territory id -> who governs it: a role id or a state id ("nagorno_karabakh" ->
    #: "separatists"): "Nagorno-Karabakh's army", "the Karabakh authorities"
    authorities: dict = field(default_factory=dict)
    #: state id -> the title of the office that leads it when not "president" (states.csv
    #: column ``leader``: ("prime", "minister") for Armenia): whose counterpart a head is
    leaders: dict = field(default_factory=dict)
    #: frozenset of a route's two ends -> the route ("the road linking A and B"): the
    #: organisations.csv column ``ends``; a territory's end may also be named by the group
    #: that governs it ("the road linking the Nagorno-Karabakh Republic with Armenia")
    route_ends: dict = field(default_factory=dict)
    #: lower-case name of a state as the gazetteer names it -> the state ("russia",
    #: "moscow"): the leader in a name that holds it ("the Russia-led military alliance")
    state_words: dict = field(default_factory=dict)
    key: tuple = ()

    def population_named(self, name: str) -> str | None:
        """The population actor called *name* ("population of Nagorno-Karabakh": the
        karabakh-2023 dataset's Karabakh Armenians), else None."""
        if self.peoples is None:
            self.peoples = {
                a.lower(): ident
                for ident, d in self.actors.items()
                if d.get("kind") == "population"
                for a in [d.get("name", ""), *d.get("aliases", [])]
            }
        return self.peoples.get(name.lower())

    def by_skeleton(self, surname: str, *, exact: bool = False) -> str | None:
        """The person whose surname is *surname* written another way ("Paşinyan", "Paschinjan",
        "Alijew" for Pashinyan and Aliyev): one person only has its skeleton
        (`name_skeleton`), and its spelling (`name_spelling`) is theirs, or (unless *exact*)
        one letter off it, two in a name of eight or more ("Paszinian" for "Pashinyan"; not
        "Simon" for "Simonyan" nor "Köln" for "Kalin")."""
        if self.skeletons is None:
            self.skeletons = {}
            for text, ident in self.surnames.items():
                key = name_skeleton(text)
                if len(key) >= 3:
                    self.skeletons.setdefault(key, {}).setdefault(ident, set()).add(
                        name_spelling(text)
                    )
        key = name_skeleton(surname)
        found = self.skeletons.get(key) if len(key) >= 3 else None
        if not found or len(found) != 1:
            return None
        ident, spellings = next(iter(found.items()))
        spelt = name_spelling(surname)
        allowed = 0 if exact else (2 if len(spelt) >= 8 else 1)
        return ident if min(_edits(spelt, x) for x in spellings) <= allowed else None

    def add(self, ident: str, origin: str, **attrs) -> str:
        attrs = {k: v for k, v in attrs.items() if v not in (None, "", [])}
        attrs.setdefault("aliases", [])
        attrs.setdefault("parent", None)
        self.actors[ident] = attrs
        self.origin[ident] = origin
        return ident


def _dataset_actors(actors):
    """Actors of a dataset name, folder, file or graph, as (id, attrs) pairs."""
    import networkx as nx

    if isinstance(actors, nx.Graph):
        G = actors
    else:
        from ..datasets import load_dataset

        G = load_dataset(actors)
    return [(str(n), dict(d)) for n, d in G.nodes(data=True)]


def build_gazetteer(actors=None, *, cameo: bool = True) -> Gazetteer:
    """Build the gazetteer (cached for dataset names; graphs are rebuilt each call)."""
    import networkx as nx

    if actors is None or isinstance(actors, str):
        return _cached(actors, cameo)
    if isinstance(actors, nx.Graph):
        return _build(_dataset_actors(actors), cameo, key=(id(actors), cameo))
    return _cached(str(actors), cameo)


@functools.lru_cache(maxsize=8)
def _cached(actors: str | None, cameo: bool) -> Gazetteer:
    records = _dataset_actors(actors) if actors is not None else []
    return _build(records, cameo, key=(actors, cameo))


# Longer than 80 lines: the gazetteer's five sources in priority order (the dataset's actors,
# states, organisations and territories, role groups, persons), each a numbered block; all
# claim names through the one `claim` closure and `taken` set, so the order is the rule.
def _build(records, cameo: bool, key) -> Gazetteer:
    gz = Gazetteer(key=key)
    taken: set = set()  # lower-case names already claimed (dataset first)

    def claim(text: str, ident: str, how: str = "name") -> None:
        low = text.lower()
        if low in taken or not text.strip():
            return
        taken.add(low)
        gz.names.append((text, ident, how))
        # "Turkiye", "Azerbaidjan": the name as written without its diacritics, too (not a
        # short one, which may be another place's name: "Şuşa" is not Susa in Iran)
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
        if bare != text and len(bare) >= 6:
            claim(bare, ident, how)

    # 1. the dataset's actors, first
    by_code: dict = {}
    by_name: dict = {}
    for ident, d in records:
        gz.add(ident, "dataset", **{k: v for k, v in d.items() if k != "id"})
        names = [d.get("name", ident), *(d.get("aliases") or [])]
        for text in names:
            claim(text, ident, "person" if d.get("kind") == "person" else "name")
            by_name.setdefault(text.lower(), ident)
        if d.get("kind") == "person" and len(d.get("name", "").split()) > 1:
            surname = d["name"].split()[-1]
            gz.surnames.setdefault(surname, ident)
        if d.get("cameo") and d.get("kind") == "state":
            by_code.setdefault(d["cameo"], ident)
        if d.get("kind") == "state":
            gz.state_ids.add(ident)

    # 2. states: CAMEO names and aliases, with demonyms, capitals and seats of government
    state_of: dict = {}
    extra = {r["code"]: r for r in _rows("states.csv")}
    cameo_rows = [r for r in _cameo_rows() if r["level"] == "country"]
    for r in cameo_rows:
        code = r["code"]
        if not cameo:
            continue
        names = [r["name"], *[a for a in _split(r["aliases"]) if "," not in a]]
        ident = by_code.get(code) or next(
            (by_name[n.lower()] for n in names if n.lower() in by_name), None
        )
        if ident is None:
            ident = code.lower()
            if ident in gz.actors and gz.origin[ident] == "dataset":
                ident = f"{ident}_state"
            gz.add(ident, "gazetteer", name=r["name"], kind="state", cameo=code)
        state_of[code] = ident
        gz.state_ids.add(ident)
        for text in names:
            claim(text, ident)
        row = extra.get(code)
        if row:
            for demonym in _split(row["demonyms"]):
                gz.demonyms.setdefault(demonym.lower(), ident)
                gz.demonym_of.setdefault(ident, demonym)  # the first, as written
            for text in _split(row["capitals"]):
                claim(text, ident, "capital")
            if row["capitals"]:
                # "visited the Iranian capital": the capital named by its state's demonym
                for demonym in _split(row["demonyms"]):
                    claim(f"the {demonym} capital", ident, "capital")
            for text in _split(row["metonyms"]):
                claim(text, ident, "metonym")
            if row.get("leader"):
                gz.leaders[ident] = tuple(row["leader"].split())
    for code, ident in by_code.items():
        state_of.setdefault(code, ident)
    # 3. organisations, coalitions and the conflict's territories
    org_ids: dict = {}
    for r in _rows("organisations.csv"):
        names = [r["name"], *_split(r["aliases"])]
        ident = next((by_name[n.lower()] for n in names if n.lower() in by_name), None)
        if ident is None and r["id"] in gz.actors and gz.origin[r["id"]] == "dataset":
            ident = r["id"]  # same id in the dataset: the same actor
        if ident is None and r["kind"] == "armed_group":
            # the dataset's armed group, if it has one, is the separatists of the text
            ident = next((i for i, d in records if d.get("kind") == "armed_group"), None)
        if ident is None:
            ident = gz.add(
                r["id"], "gazetteer", name=r["name"], kind=r["kind"], cameo=r["cameo"] or None
            )
        org_ids[r["id"]] = ident
        for text in names:
            how = "capital" if text == "Brussels" else "name"
            claim(text, ident, how)
    for r in _rows("organisations.csv"):
        ident = org_ids[r["id"]]
        if gz.origin[ident] == "gazetteer" and r["parent"]:
            gz.actors[ident]["parent"] = org_ids.get(r["parent"], r["parent"])
        if r.get("authority"):
            gz.authorities[ident] = state_of.get(r["authority"], r["authority"])
        if r.get("ends"):
            ends = [state_of.get(e, org_ids.get(e, e)) for e in _split(r["ends"])]
            gz.route_ends[frozenset(ends)] = ident
    for ends, route in list(gz.route_ends.items()):
        for end in ends:
            ruler = gz.authorities.get(end)
            if ruler and ruler not in state_of.values():
                gz.route_ends.setdefault(frozenset(ends - {end} | {ruler}), route)
    # 3b. towns, villages and provinces: a place stands for the state or territory it lies in
    # ("Armenia shelled Ganja": Azerbaijan attacked, at Ganja)
    for r in _rows("places.csv"):
        within = state_of.get(r["within"]) or org_ids.get(r["within"])
        if within is None:
            continue
        for text in [r["name"], *_split(r["aliases"])]:
            claim(text, within, "town")
            if r["seat_of"]:
                gz.seats[text.lower()] = r["seat_of"]

    # 4. role groups
    for r in _rows("roles.csv"):
        role = Role(r["id"], r["kind"], r["name"], r["per_state"], r["cameo"])
        gz.role_defs[role.id] = role
        for lemmas in _split(r["lemmas"]):
            # a hyphen is a token of its own, as the tokenizer splits it ("self-proclaimed")
            seq = tuple(re.sub(r"\s*-\s*", " - ", lemmas.lower()).split())
            role.lemmas.append(seq)
            gz.roles.setdefault(seq[0], []).append((seq, role))
    for seqs in gz.roles.values():
        seqs.sort(key=lambda item: -len(item[0]))
    if "separatists" not in gz.actors:
        sep_ident = next((i for i, d in gz.actors.items() if d.get("kind") == "armed_group"), None)
        gz.role_defs["separatists"].id = sep_ident or "separatists"

    # 5. persons of the hand-kept list (a surname two of them share resolves to neither)
    from collections import Counter

    shared = Counter(r["name"].split()[-1] for r in _rows("persons.csv"))
    for r in _rows("persons.csv"):
        names = [r["name"], *_split(r["aliases"])]
        ident = next((by_name[n.lower()] for n in names if n.lower() in by_name), None)
        if ident is None:
            if r["id"] in gz.actors:
                continue
            parent = r["parent"]
            if parent == "separatists":
                parent = gz.role_defs["separatists"].id
                if parent not in gz.actors:
                    role = gz.role_defs["separatists"]
                    gz.add(parent, "gazetteer", name=role.name, kind=role.kind)
            else:
                parent = state_of.get(parent) or org_ids.get(parent) or None
            ident = gz.add(r["id"], "gazetteer", name=r["name"], kind="person", parent=parent)
        for text in [v for n in names for v in _spellings(n)]:
            if len(text.split()) == 1:
                gz.surnames.setdefault(text, ident)
            else:
                claim(text, ident, "person")
        holder = (
            gz.actors.get(ident, {}).get("parent")
            or state_of.get(r["parent"])
            or org_ids.get(r["parent"])
        )
        for title, years, of in _offices(r.get("offices")):
            # ("osce:chairperson-in-office@2023-2023": an office of another body than the
            # person's own state)
            owner = (state_of.get(of) or org_ids.get(of) or of) if of else holder
            if owner:
                gz.offices.setdefault((owner, title), []).append((*years, ident))
        if shared[r["name"].split()[-1]] == 1 and r["name"].split()[-1] not in WORD_SURNAMES:
            for surname in _spellings(r["name"].split()[-1]):
                gz.surnames.setdefault(surname, ident)
    for text, ident, _ in gz.names:
        if ident in gz.state_ids:
            gz.state_words.setdefault(text.lower(), ident)
    return gz


def _offices(value: str | None) -> list:
    """ "president@2003-|foreign minister@2018-2020" -> [(("president",), (2003, None), None),
    ...]: the titles a person held, with the first and last year (None: still in office), and
    the body whose office it is when not the person's parent ("osce:chairperson-in-office@2023-2023")."""
    out = []
    for part in _split(value):
        title, _, years = part.partition("@")
        first, _, last = years.partition("-")
        of, _, title = title.rpartition(":")
        out.append(
            (
                tuple(title.lower().split()),
                (int(first) if first else 0, int(last) if last else None),
                of.strip() or None,
            )
        )
    return out


def office_holder(
    gz, holder: str, title: tuple, year: int | None, *, until: int | None = None
) -> str | None:
    """The one person of the gazetteer who held *title* of *holder* in *year* (with no year:
    the one in office now), or None. With *until*, the year is uncertain (anywhere from *year*
    to *until*): the one person who held the title in every one of those years, or None.

    Examples
    --------
    >>> from graphlib_kb.extract.gazetteer import build_gazetteer, office_holder
    >>> gz = build_gazetteer(None)
    >>> office_holder(gz, "arm", ("foreign", "minister"), 2020)
    'mnatsakanyan'
    >>> office_holder(gz, "arm", ("foreign", "minister"), 2022)
    'mirzoyan'
    >>> office_holder(gz, "aze", ("foreign", "ministers"), 2022)
    'bayramov'
    >>> office_holder(gz, "un", ("secretary", "-", "general"), 2023)
    'guterres'
    >>> office_holder(gz, "arm", ("foreign", "minister"), 2020, until=2024) is None
    True
    >>> office_holder(gz, "aze", ("foreign", "minister"), 2021, until=2024)
    'bayramov'
    """
    if until is not None and year is not None and until > year:
        held = {office_holder(gz, holder, title, y) for y in range(year, until + 1)}
        return held.pop() if len(held) == 1 else None
    found = office_holders(gz, holder, title, year)
    return found[0] if len(found) == 1 else None


#: Surnames that are also common capitalised words ("Price increases ..."): a person of
#: persons.csv with one is found by the full name (and the aliases listed), not the surname.
WORD_SURNAMES = frozenset(["Price"])
#: Titles the press gives a state's foreign minister.
DIPLOMAT_TITLES = frozenset([("top", "diplomat"), ("chief", "diplomat")])
#: Headline abbreviations and short forms of an office ("Armenian PM", "Iranian FM", "UN
#: chief", "NATO SecGen"): the office they name. "Chief" and "head" of an organisation are
#: its secretary-general (the UN's, NATO's, the OSCE's), where it has one.
SHORT_TITLES = {
    ("pm",): ("prime", "minister"),
    ("premier",): ("prime", "minister"),
    ("fm",): ("foreign", "minister"),
    ("fms",): ("foreign", "ministers"),
    ("pms",): ("prime", "ministers"),
    ("chief",): ("secretary-general",),
    ("head",): ("secretary-general",),
    ("secgen",): ("secretary-general",),
    # the OSCE's chair, however the press writes it ("OSCE chairman urges ...")
    ("chairman",): ("chairperson-in-office",),
    ("chairwoman",): ("chairperson-in-office",),
    ("chairperson",): ("chairperson-in-office",),
    ("chairman-in-office",): ("chairperson-in-office",),
    ("chairwoman-in-office",): ("chairperson-in-office",),
}


def office_holders(gz, holder: str, title: tuple, year: int | None) -> list:
    """Every person of the gazetteer who held *title* of *holder* at some time in *year* (with
    no year: those in office now), in the order of the table.

    Examples
    --------
    >>> from graphlib_kb.extract.gazetteer import build_gazetteer, office_holders
    >>> office_holders(build_gazetteer(None), "irn", ("foreign", "minister"), 2021)
    ['amir_abdollahian', 'zarif']
    """
    if title in DIPLOMAT_TITLES:
        # "Iran's top diplomat": its foreign minister (the US one: its secretary of state,
        # the EU's: its high representative)
        for office in (("foreign", "minister"), ("secretary", "of", "state")):
            found = office_holders(gz, holder, office, year)
            if found:
                return found
        return office_holders(gz, holder, ("high", "representative"), year)
    joined = tuple(" ".join(title).replace(" - ", "-").split())
    if (holder, title) not in gz.offices and (holder, joined) not in gz.offices:
        title = SHORT_TITLES.get(joined, title)  # (an office's own title first)
    entries = gz.offices.get((holder, title))
    if entries is None:
        # "Secretary-General" as the tokenizer splits it, or written "Secretary General"
        joined = " ".join(title).replace(" - ", "-")
        for variant in (joined, joined.replace(" ", "-")):
            entries = entries or gz.offices.get((holder, tuple(variant.split())))
    if entries is None and title and title[-1].endswith("s"):
        # "the Armenian and Azerbaijani foreign ministers": each holder of the title
        entries = gz.offices.get((holder, (*title[:-1], title[-1][:-1])))
    return [
        ident
        for first, last, ident in entries or []
        if (year is None and last is None)
        or (year is not None and first <= year <= (last if last is not None else 9999))
    ]


def _spellings(name: str) -> list:
    """A name and its other common transliterations (of the surname, its last word).

    Armenian surnames are written with "-yan" and "-ian" alike, and "yu" as "iu"
    ("Grigoryan", "Grigorian"; "Harutyunyan", "Harutiunian"); Azerbaijani and Persian ones
    with "-zada", "-zade" and "-zadeh" ("Hajizada", "Hajizade") and "-yev(a)" or "-ev(a)"
    ("Hajiyev", "Hajiev"); Azerbaijani "Mammad-" also as "Mamed-"; a glottal stop written as
    an apostrophe or left out ("Kanaani", "Kan'ani"); a hyphenated surname
    also with a space or joined ("Amir-Abdollahian", "Amir Abdollahian", "Amirabdollahian").

    >>> _spellings("Arayik Harutyunyan")
    ['Arayik Harutyunyan', 'Arayik Harutyunian', 'Arayik Harutiunian']
    >>> _spellings("Ayhan Hajizada")
    ['Ayhan Hajizada', 'Ayhan Hajizade', 'Ayhan Hajizadeh']
    """
    first, _, last = name.rpartition(" ")
    lead = first + " " if first else ""
    if len(last) <= 4 or not last[:1].isupper():
        return [name]
    out = [last]
    for a, b in (("yan", "ian"), ("ian", "yan")):
        if last.endswith(a):
            out.append(last[: -len(a)] + b)
            if b == "ian" and "yu" in last:
                out.append(last[: -len(a)].replace("yu", "iu") + b)
    for group in (("zada", "zade", "zadeh"), ("yev", "ev"), ("yeva", "eva")):
        for a in group:
            if last.endswith(a) and (a != "ev" or not last.endswith("yev")):
                out += [last[: -len(a)] + b for b in group if b != a]
                break
    if last.startswith("Mammad"):
        out.append("Mamed" + last[len("Mammad") :])
    if "aa" in last[1:]:  # a glottal stop written or not: "Kanaani", "Kan'ani", "Kan’ani"
        out += [last.replace("aa", q + "a", 1) for q in ("'", "’")]
    if "-" in last.strip("-"):  # "Amir-Abdollahian", "Amir Abdollahian", "Amirabdollahian"
        head, _, rest = last.partition("-")
        out += [head + " " + rest, head + rest.lower()]
    return [lead + v for v in dict.fromkeys(out)]


def ruler_patterns(gz: Gazetteer, tokenizer) -> tuple[list[dict], list[dict]]:
    """EntityRuler patterns: multi-word names match in any case (phrase patterns on LOWER),
    one-word names as written (phrase patterns on ORTH, so that "Turkey" is a state and
    "turkey" is not). Returns ``(any-case patterns, as-written patterns)``."""
    patterns = []
    exact = []
    for text, ident, how in gz.names:
        words = [t.text for t in tokenizer(text)]
        if not words:
            continue
        if len(words) == 1:
            variants = {text, text.upper()} if not text.isupper() else {text}
            if text[:1].islower():
                variants.add(text[:1].upper() + text[1:])
            for variant in sorted(variants):
                exact.append({"label": how.upper(), "pattern": variant, "id": ident})
        elif words[0].lower() == "the" and len(words) == 2:
            exact.append({"label": how.upper(), "pattern": text, "id": ident})
            exact.append({"label": how.upper(), "pattern": "The " + words[1], "id": ident})
        else:
            patterns.append({"label": how.upper(), "pattern": text.lower(), "id": ident})
    for phrase in PAIR_PHRASES:
        patterns.append({"label": "PAIR", "pattern": phrase, "id": "pair"})
    nouns = [
        "neighbours",
        "neighbors",
        "countries",
        "nations",
        "sides",
        "leaders",
        "rivals",
        "foes",
        "enemies",
        "republics",
        "states",
        "governments",
        "ministers",
        "presidents",
        "adversaries",
        "belligerents",
        "parties",
    ]
    for lead in (["the", "two"], ["both"], ["these", "two"]):
        token = [{"LOWER": w} for w in lead] + [
            # "the two Caucasus neighbours", "the two post-Soviet states"
            # (the first noun ends the phrase: not "Both ministers thanked the United States")
            {"TEXT": {"REGEX": r"^(?:[A-Za-z]+|-)$"}, "LOWER": {"NOT_IN": nouns}, "OP": "{,4}"},
            {"LOWER": {"IN": nouns}},
        ]
        patterns.append({"label": "PAIR", "pattern": token, "id": "pair"})
    for phrase in ("each other", "one another"):
        patterns.append(
            {"label": "RECIPROCAL", "pattern": [{"LOWER": w} for w in phrase.split()], "id": "rec"}
        )
    return patterns, exact
