"""Extraction from text: statuses, negation, mutual relations, actors, evidence, merge and bad
input. Every sentence here is written for these tests (no news text is copied)."""

import functools
import re

import pandas as pd
import pytest

import graphlib_kb as gk
from graphlib_kb.extract import ExtractionEmpty


def edges(G):
    return sorted((u, v, d["type"], d["status"]) for u, v, d in G.edges(data=True))


def triples(G):
    return sorted((u, v, d["type"]) for u, v, d in G.edges(data=True))


#: The extractor that reads a state's office named without a name as its holder in the text's
#: year (the option these tests were written for before round 40 made the state the default).
extract_holders = functools.partial(gk.extract, office_holders=True)


# -- statuses ---------------------------------------------------------------------------------


def test_accusation_is_alleged():
    G = gk.extract("Georgia accused Armenia of shelling border villages on Monday.")
    # the villages are unnamed: the alleged attack is on the accuser's state
    assert edges(G) == [
        ("arm", "geo", "attack", "alleged"),
        ("geo", "arm", "accuse_aggression", "alleged"),
    ]


def test_reported_act_is_alleged_and_implies_the_speakers_accusation():
    G = gk.extract("Ukraine said Belarus attacked Poland.")
    assert edges(G) == [
        ("blr", "pol", "attack", "alleged"),
        ("ukr", "blr", "accuse_aggression", "alleged"),
    ]


def test_denial_points_back_to_the_accuser_and_marks_the_act_denied():
    G = gk.extract("Ukraine said Belarus attacked Poland. Belarus denied the claims.")
    assert edges(G) == [
        ("blr", "pol", "attack", "denied"),
        ("blr", "ukr", "deny", "asserted"),
        ("ukr", "blr", "accuse_aggression", "alleged"),
    ]


def test_denial_without_named_accuser_uses_the_earlier_accusation():
    G = gk.extract(
        "Azerbaijan accused Armenian separatists of jamming radio signals. "
        "The separatists denied it."
    )
    assert ("separatists", "aze", "deny", "asserted") in edges(G)
    assert ("aze", "separatists", "accuse", "alleged") in edges(G)


def test_offer_to_host_is_offered_with_both_parties():
    G = gk.extract("Kazakhstan offered to host talks between Armenia and Azerbaijan.")
    # (round 36: the talks offered are not held: no negotiation between the two)
    assert edges(G) == [
        ("kaz", "arm", "offer_mediation", "offered"),
        ("kaz", "aze", "offer_mediation", "offered"),
    ]
    offers = [d for *_, d in G.edges(data=True) if d["type"] == "offer_mediation"]
    assert [d["between"] for d in offers] == [["arm", "aze"], ["arm", "aze"]]


def test_future_act_is_planned():
    G = gk.extract("Iran will mediate between Armenia and Azerbaijan.")
    assert {d["status"] for *_, d in G.edges(data=True)} == {"planned"}


def test_acts_dated_before_the_article_are_historical():
    G = gk.extract("In 1994 Armenia and Azerbaijan agreed to a ceasefire.", date="2023-07-15")
    assert edges(G) == [("arm", "aze", "ceasefire", "historical")]
    assert [d["date"] for *_, d in G.edges(data=True)] == ["1994"]
    H = gk.extract("In 2023 Armenia and Azerbaijan agreed to a ceasefire.", date="2023-07-15")
    assert edges(H) == [("arm", "aze", "ceasefire", "asserted")]


def test_weekday_is_resolved_against_the_article_date():
    G = gk.extract("On Tuesday Azerbaijan closed the Lachin corridor.", date="2023-07-15")
    assert [(u, v, d["date"]) for u, v, d in G.edges(data=True)] == [
        ("aze", "lachin_corridor", "2023-07-11")
    ]


# -- negation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not mediate between Armenia and Azerbaijan.",
        "Turkey never attacked Greece.",
        "There were no talks between Armenia and Azerbaijan.",
    ],
)
def test_negation_never_yields_the_positive_relation(text):
    with pytest.raises(ExtractionEmpty, match="no relation found.*1 negated"):
        gk.extract(text)
    assert gk.extract(text, allow_empty=True).number_of_edges() == 0


def test_refusal_to_meet_is_a_rejection_not_a_meeting():
    assert edges(gk.extract("Georgia refused to meet Armenia.")) == [
        ("geo", "arm", "reject", "asserted")
    ]


# -- mutual relations and mediation -----------------------------------------------------------


def test_each_other_gives_both_directions():
    G = gk.extract("Armenia and Azerbaijan accused each other of violating the ceasefire.")
    # each accusation, and the act each side is accused of, against the other
    assert edges(G) == [
        ("arm", "aze", "accuse_aggression", "alleged"),
        ("arm", "aze", "violate_ceasefire", "alleged"),
        ("aze", "arm", "accuse_aggression", "alleged"),
        ("aze", "arm", "violate_ceasefire", "alleged"),
    ]


def test_the_two_leaders_are_the_last_pair_named():
    G = gk.extract(
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan spoke "
        "on Friday. The two leaders met in Vienna on Saturday."
    )
    met = [(u, v, d) for u, v, d in G.edges(data=True) if d["type"] == "meet"]
    assert [(u, v) for u, v, _ in met] == [("aliyev", "pashinyan")]
    assert met[0][2]["location"] == "Vienna"  # a capital after "in" is a place, not Austria
    assert "aut" not in G


def test_mediation_between_two_parties_gives_one_relation_to_each():
    G = gk.extract("Charles Michel mediated between Armenia and Azerbaijan in Brussels.")
    assert triples(G) == [("michel", "arm", "mediate"), ("michel", "aze", "mediate")]
    assert all(d["between"] == ["arm", "aze"] for *_, d in G.edges(data=True))
    assert G.nodes["michel"]["parent"] == "eu_council"
    assert G.nodes["eu_council"]["parent"] == "eu"


def test_passive_agent_is_the_source():
    G = gk.extract("Armenia and Azerbaijan held talks mediated by Kazakhstan.")
    assert triples(G) == [
        ("arm", "aze", "negotiate"),
        ("kaz", "arm", "mediate"),
        ("kaz", "aze", "mediate"),
    ]


def test_mediation_without_named_parties_is_between_the_last_pair():
    G = gk.extract("Georgia and Armenia have negotiated for months. Western countries now mediate.")
    assert ("west", "geo", "mediate") in triples(G) and ("west", "arm", "mediate") in triples(G)


# -- round 7 (discourse): references across sentences and implicit parties -------------------


def test_an_actor_and_its_own_member_are_no_pair_for_both_countries():
    G = gk.extract(
        "Georgia and Armenia held talks in Tbilisi on Monday. The United States had a meeting "
        "with Secretary of State Antony Blinken on Tuesday. Blinken expressed support for the "
        "sovereignty of both countries."
    )
    assert triples(G) == [
        ("blinken", "arm", "support"),
        ("blinken", "geo", "support"),
        ("geo", "arm", "negotiate"),
    ]


def test_the_spokesman_is_the_last_person_named_with_that_title():
    G = gk.extract(
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. Georgian Foreign Minister "
        "Ilia Darchiashvili visited Baku. The spokesman urged Armenia to show restraint."
    )
    assert triples(G) == [
        ("darchiashvili", "aze", "consult"),
        ("peskov", "arm", "appeal"),
    ]
    rel = gk.relations_table(G).set_index("type")
    assert rel.loc["appeal", "confidence"] < 0.7  # a party resolved from an earlier sentence
    # a title that qualifies a noun is no reference: "at the foreign minister level"
    G = gk.extract(
        "Georgian Foreign Minister Ilia Darchiashvili visited Baku. Talks at the foreign "
        "minister level urged Armenia to show restraint.",
        allow_empty=True,
    )
    assert ("darchiashvili", "arm", "appeal") not in triples(G)


def test_a_one_place_act_is_toward_the_one_party_set_against_the_source():
    G = gk.extract(
        "Talks between Serbia and Kosovo resumed in Brussels. On Monday, Serbian troops "
        "violated the truce near the border."
    )
    rel = gk.relations_table(G).set_index("type")
    assert triples(G) == [("srb", "xkx", "negotiate"), ("srb", "xkx", "violate_ceasefire")]
    assert rel.loc["violate_ceasefire", "rule"] == "violate_ceasefire+counterpart"
    assert rel.loc["violate_ceasefire", "confidence"] < rel.loc["negotiate", "confidence"]
    # a violated truce looks only at the pairs set against each other (not the gas deal) ...
    G = gk.extract(
        "Talks between Serbia and Kosovo resumed in Brussels. Russia and Serbia signed a gas "
        "deal. On Monday, Serbian troops violated the truce near the border."
    )
    assert [t for t in triples(G) if t[2] == "violate_ceasefire"] == [
        ("srb", "xkx", "violate_ceasefire")
    ]
    # ... a readiness at every pair: two parties named with Serbia, no counterpart
    G = gk.extract(
        "Talks between Serbia and Kosovo resumed in Brussels. Russia and Serbia signed a gas "
        "deal. On Monday, Serbia said it was ready to sign."
    )
    assert [t for t in triples(G) if t[2] == "intend_cooperation"] == []


def test_we_in_a_bodys_statement_is_the_body_and_in_a_report_no_one():
    body = (
        "The European Union welcomes the progress of the talks between Serbia and Kosovo. We "
        "welcome the decision of President Aleksandar Vucic to release the prisoners. We also "
        "urge Kosovo to withdraw its police."
    )
    # (welcoming the progress of talks between two parties supports both, as coded)
    welcomed = [("eu", "srb", "support"), ("eu", "xkx", "support")]
    G = gk.extract("Statement by the Spokesperson on the talks in Geneva\n" + body)
    assert triples(G) == sorted(
        [
            *welcomed,
            ("eu", "vucic", "support"),
            ("eu", "xkx", "appeal"),
            ("srb", "xkx", "negotiate"),
        ]
    )
    G = gk.extract("Talks in Geneva make progress\n" + body)
    assert triples(G) == sorted([*welcomed, ("srb", "xkx", "negotiate")])


@pytest.mark.parametrize(
    "first, expected",
    [
        # set against each other by an act
        ("Armenian forces attacked Azerbaijani positions on Monday.", ("arm", "aze", "war")),
        # or by "between"
        ("Officials discussed the flare-up between Armenia and Azerbaijan.", ("arm", "aze", "war")),
        # a phone call between two persons, or talks held by a pair, set no sides
        (
            "Officials discussed the flare-up between Armenia and Azerbaijan. Moscow reported "
            "a telephone conversation between Sergei Lavrov and Mevlut Cavusoglu. Russia and "
            "Turkey also agreed to hold talks.",
            ("arm", "aze", "war"),
        ),
        # the pair set against each other most often, not an aside ("its invasion of Ukraine")
        (
            "Armenian forces attacked Azerbaijani positions on Monday. Armenia accused "
            "Azerbaijan of aggression. Moscow is distracted by its invasion of Ukraine.",
            ("arm", "aze", "war"),
        ),
    ],
)
def test_the_two_sides_are_the_parties_set_against_each_other_not_the_last_pair(first, expected):
    G = gk.extract(
        first + " France and Russia agreed to coordinate their efforts. A firefight began "
        "between the two sides on Sunday."
    )
    assert ("fra", "rus", "cooperate") in triples(G)
    wars = [t for t in triples(G) if t[2] == "war"]
    assert [tuple(sorted(t[:2])) + ("war",) for t in wars] == [expected]


def test_the_two_leaders_are_the_two_persons_of_two_states_named_just_before():
    G = gk.extract(
        "Serbia and Kosovo have held talks for years. Serbian President Aleksandar Vucic "
        "travelled to Rome to meet his counterpart, Italian Prime Minister Giorgia Meloni. "
        "During the visit the two leaders signed an agreement."
    )
    assert triples(G) == [("srb", "xkx", "negotiate"), ("vucic", "meloni", "sign_agreement")]
    # further back, the pair named together
    G = gk.extract(
        "Serbian President Aleksandar Vucic travelled to Rome to meet his counterpart, Italian "
        "Prime Minister Giorgia Meloni. The weather was fine. Serbia and Kosovo resumed talks "
        "on Monday. Later the two leaders signed an agreement."
    )
    assert ("srb", "xkx", "sign_agreement") in triples(G)


def test_our_country_in_a_quotation_is_the_speakers_state():
    G = gk.extract(
        '"Our country will never attack Armenia," Azerbaijani President Ilham Aliyev said on '
        'Monday. "Our government has sent aid to Georgia," he added.'
    )
    assert triples(G) == [("aze", "geo", "humanitarian_aid")]
    # outside a quotation, no one
    G = gk.extract("Our government supports Georgia.", allow_empty=True)
    assert triples(G) == []


def test_we_in_a_transcript_turn_is_the_speaker():
    text = (
        "Beginning of the talks\n"
        "President of Russia Vladimir Putin: Mr Vucic, colleagues, friends,\n"
        "I appreciate your prompt response.\n"
        "We also held talks with Kosovo last week."
    )
    # (a person speaks for himself, as the coders code it: round 34)
    assert triples(gk.extract(text)) == [
        ("putin", "xkx", "consult"),
        ("putin", "xkx", "negotiate"),
    ]
    # without the turn, "we" is no one
    G = gk.extract("Beginning of the talks\nWe also held talks with Kosovo.", allow_empty=True)
    assert triples(G) == []


def test_these_two_neighbours_are_the_pair():
    G = gk.extract(
        "Serbia and Kosovo held talks in Brussels on Monday. Russia criticised these two "
        "neighbours on Tuesday."
    )
    assert triples(G) == [
        ("rus", "srb", "criticize"),
        ("rus", "xkx", "criticize"),
        ("srb", "xkx", "negotiate"),
    ]


def test_he_opening_a_sentence_is_the_subject_of_the_sentence_before():
    G = gk.extract(
        "US Secretary of State Antony Blinken spoke with Azerbaijani President Ilham Aliyev on "
        "Monday. He urged Armenia to show restraint."
    )
    assert triples(G) == [("blinken", "aliyev", "consult"), ("blinken", "arm", "appeal")]
    # with no person as the subject before, the last person named
    G = gk.extract(
        "On Monday, talks were held with Azerbaijani President Ilham Aliyev. He urged Armenia "
        "to show restraint."
    )
    assert ("aliyev", "arm", "appeal") in triples(G)


def test_a_bodys_statement_makes_its_unattributed_charges_the_bodys_accusations():
    body = "Serbian troops shelled Kosovo villages on Monday. We call on the European Union to act."
    G = gk.extract("Statement of the Ministry of Foreign Affairs of Kosovo\n" + body)
    assert edges(G) == [
        ("srb", "xkx", "attack", "alleged"),
        ("xkx", "eu", "appeal", "asserted"),
        ("xkx", "srb", "accuse_aggression", "alleged"),
    ]
    rel = gk.relations_table(G).set_index("type")
    assert rel.loc["accuse_aggression", "rule"] == "statement_accusation"
    # a news report of the same words: the act as stated, no accuser, "we" no one
    G = gk.extract("Shelling near the border\n" + body)
    assert edges(G) == [("srb", "xkx", "attack", "asserted")]
    # no body charges its own forces
    G = gk.extract(
        "Statement of the Ministry of Foreign Affairs of Kosovo\nKosovo police attacked "
        "Serbian positions on Monday."
    )
    assert edges(G) == [("xkx", "srb", "attack", "asserted")]


def test_the_secretary_is_the_secretary_named_and_all_parties_exclude_his_own_state():
    G = gk.extract(
        "Secretary of State Antony Blinken spoke with Azerbaijani President Ilham Aliyev on "
        "Sunday. The Secretary stressed the need for all parties to keep up momentum on peace "
        "talks."
    )
    assert triples(G) == [("blinken", "aliyev", "consult"), ("blinken", "aze", "appeal")]


# -- actors -----------------------------------------------------------------------------------


def test_titled_person_has_the_state_as_parent_and_surname_resolves_to_them():
    G = gk.extract(
        "Moldovan President Ana Ciorbu criticized Romania. Later Ciorbu praised Ukraine."
    )
    assert triples(G) == [("ciorbu", "rou", "criticize"), ("ciorbu", "ukr", "support")]
    assert G.nodes["ciorbu"]["kind"] == "person"
    assert G.nodes["ciorbu"]["parent"] == "mda"
    assert G.nodes["ciorbu"]["name"] == "Ana Ciorbu"


def test_capitals_are_metonyms_unless_they_are_places():
    G = gk.extract("Baku accused Yerevan of provocations at talks in Moscow.")
    assert triples(G) == [("arm", "aze", "attack"), ("aze", "arm", "accuse_aggression")]
    assert "rus" not in G


def test_demonym_with_a_role_noun_is_the_state_or_a_group():
    G = gk.extract("Russian peacekeepers said Azerbaijani troops blocked the Lachin corridor.")
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    assert ("rus_peacekeepers", "aze", "accuse") in triples(G)
    assert G.nodes["rus_peacekeepers"]["parent"] == "rus"


def test_dataset_actors_are_matched_first_and_keep_their_ids():
    G = gk.extract(
        "The Armenian Red Cross criticized Azerbaijan. Karabakh rebel officials denied it.",
        actors="karabakh-2023",
    )
    assert ("arm_red_cross", "aze", "criticize") in triples(G)
    assert G.nodes["arm_red_cross"]["origin"] == "dataset"
    assert G.nodes["arm_red_cross"]["parent"] == "red_cross"


# -- evidence ---------------------------------------------------------------------------------


def test_every_relation_carries_its_evidence_and_spans():
    text = "Talks opened in Geneva.\nLater, France criticized Turkey over the blockade."
    G = gk.extract(text)
    ((u, v, d),) = list(G.edges(data=True))
    assert (u, v, d["type"]) == ("fra", "tur", "criticize")
    assert d["sentence"] == 2 and d["evidence"] == text.split("\n")[1]
    spans = {k: (int(a), int(b)) for k, a, b in re.findall(r"(\w+) (\d+)-(\d+)", d["spans"])}
    assert text[slice(*spans["trigger"])] == "criticized" == d["trigger"]
    assert text[slice(*spans["source"])] == "France"
    assert text[slice(*spans["target"])] == "Turkey"
    assert 0 <= d["confidence"] <= 1 and d["rule"] == "criticize" and d["review"] == "unreviewed"
    assert gk.validate(G).empty


def test_header_block_gives_the_source_metadata(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(
        "url: https://example.org/a\ntitle: A note\ndate: 2023-07-15\nsource: Example\n---\n"
        "On Tuesday Azerbaijan closed the Lachin corridor.\n",
        encoding="utf-8",
    )
    G = gk.extract(path)
    src = gk.sources_table(G).iloc[0]
    assert (src["id"], src["title"], src["date"], src["publisher"]) == (
        "note",
        "A note",
        "2023-07-15",
        "Example",
    )
    assert [d["date"] for *_, d in G.edges(data=True)] == ["2023-07-11"]


def test_html_scripts_and_boilerplate_are_dropped(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Report</title><script>document.write('Russia attacked Japan')"
        "</script></head><body><nav>Home | About</nav><article><h1>Report</h1>"
        '<p onmouseover="alert(1)">France criticized Turkey on Monday over its '
        "statements on the conflict, officials in Paris told reporters.</p>"
        "<p>The talks are expected to continue next month, according to diplomats.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    G = gk.extract(page)
    assert triples(G) == [("fra", "tur", "criticize")]


def test_extract_is_deterministic():
    text = "Kazakhstan offered to host talks between Armenia and Azerbaijan."
    assert gk.relations_table(gk.extract(text)).equals(gk.relations_table(gk.extract(text)))


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"  \n\t \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"France criticized Turkey \xff\xfe here.", "byte offset 25"),
    ],
)
def test_bad_files_are_named_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(gk.DatasetError, match=message) as info:
        gk.extract(path)
    assert str(path) in str(info.value)


def test_a_50_mb_text_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50_000_000)
    with pytest.raises(gk.DatasetError, match=r"50.0 MB; the limit is 5 MB"):
        gk.extract(path)


def test_no_actor_and_no_relation_are_clear_messages():
    with pytest.raises(ExtractionEmpty, match="no actor found"):
        gk.extract("The weather was fine.")
    with pytest.raises(ExtractionEmpty, match="no relation found"):
        gk.extract("France and Turkey are large countries.")
    G = gk.extract("The weather was fine.", allow_empty=True)
    assert G.number_of_edges() == 0 and gk.validate(G).empty


def test_bad_lexicon_rows_are_named(tmp_path):
    path = tmp_path / "lexicon.csv"
    path.write_text(
        "id,pattern,type,frame,status,context,confidence\n"
        "x,mediate,no_such_type,svo,,,0.5\n"
        "y,host,mediate,sideways,,,2\n",
        encoding="utf-8",
    )
    with pytest.raises(gk.DatasetError) as info:
        gk.extract("Qatar hosted Chad.", lexicon=path)
    problems = info.value.problems
    assert list(zip(problems["row"], problems["field"], strict=True)) == [
        (2, "type"),
        (3, "frame"),
        (3, "confidence"),
    ]


def test_an_analyst_can_add_a_rule(tmp_path):
    from importlib import resources

    shipped = resources.files("graphlib_kb").joinpath("data", "extract", "triggers.csv")
    path = tmp_path / "lexicon.csv"
    path.write_text(
        shipped.read_text("utf-8") + "snub,snub,disapprove,svo,,,0.6\n", encoding="utf-8"
    )
    with pytest.raises(ExtractionEmpty):
        gk.extract("Chile snubbed Peru.")
    assert triples(gk.extract("Chile snubbed Peru.", lexicon=path)) == [
        ("chl", "per", "disapprove")
    ]


# -- merge ------------------------------------------------------------------------------------


def test_merge_joins_the_same_relation_and_keeps_conflicting_statuses_apart():
    a = gk.extract("On Monday Ukraine said Belarus attacked Poland.", date="2023-07-12")
    b = gk.extract(
        "On Monday Belarus attacked Poland, Ukraine said. Belarus denied it.",
        date="2023-07-12",
    )
    M = gk.merge(a, b)
    attacks = sorted(
        (d["status"], d.get("supports")) for u, v, d in M.edges(data=True) if d["type"] == "attack"
    )
    assert attacks == [("alleged", "text-1:1"), ("denied", "text-1-2:1")]
    c = gk.extract("Ukraine said on Monday that Belarus attacked Poland.", date="2023-07-12")
    M2 = gk.merge(M, c)
    alleged = [d for u, v, d in M2.edges(data=True) if d["type"] == "attack"]
    assert sorted(d["supports"] for d in alleged) == ["text-1-2:1", "text-1:1|text-1-3:1"]
    merged = next(d for d in alleged if "|" in d["supports"])
    assert merged["evidence"].split("\n") == [
        "On Monday Ukraine said Belarus attacked Poland.",
        "Ukraine said on Monday that Belarus attacked Poland.",
    ]
    assert gk.validate(M2).empty


def test_merge_into_a_dataset_extends_it():
    K = gk.load_dataset("karabakh-2023")
    new = gk.extract("The Armenian Red Cross criticized Azerbaijan.", actors=K)
    M = gk.merge(K, new)
    assert M.number_of_nodes() == K.number_of_nodes()
    assert M.number_of_edges() == K.number_of_edges() + 1
    assert set(M.graph["sources"]) == {"news-2023-07", "text-1"}


# -- review -----------------------------------------------------------------------------------


def test_rejected_relations_are_left_out_of_layers_and_analyses():
    G = gk.extract("Turkey criticized France. Russia criticized Turkey. Chad praised Niger.")
    rejected = next(k for u, v, k in G.edges(keys=True) if u == "rus")
    H = gk.apply_review(G, {rejected: "rejected"})
    assert H.edges["rus", "tur", rejected]["review"] == "rejected"
    assert G.edges["rus", "tur", rejected]["review"] == "unreviewed"  # input untouched
    assert ("rus", "tur") not in gk.layer(H).edges()
    assert ("rus", "tur") in gk.layer(H, include_rejected=True).edges()
    expected = gk.centrality(gk.layer(H))
    assert gk.centrality(H).equals(expected)
    assert gk.summary(H).equals(gk.summary(gk.layer(H)))


def test_review_decisions_are_checked(tmp_path):
    G = gk.extract("Turkey criticized France.")
    with pytest.raises(gk.DatasetError, match="no relation 'r99'"):
        gk.apply_review(G, {"r99": "rejected"})
    bad = tmp_path / "decisions.csv"
    bad.write_text("id,review\ntext-1-r1,maybe\n", encoding="utf-8")
    with pytest.raises(gk.DatasetError, match=r"decisions.csv, row 2, field 'review'"):
        gk.apply_review(G, bad)


def test_review_column_is_validated():
    G = gk.extract("Turkey criticized France.")
    for *_, d in G.edges(data=True):
        d["review"] = "perhaps"
    problems = gk.validate(G)
    assert list(problems["field"]) == ["review"]


# -- rules added while tuning on the development split ------------------------------------------


def test_passive_act_without_agent_has_no_source():
    with pytest.raises(ExtractionEmpty):
        gk.extract("Ruben Vardanyan of Armenia is accused of laundering money through Cyprus.")
    assert triples(gk.extract("Armenia was attacked by Azerbaijan.")) == [("aze", "arm", "attack")]


def test_a_close_friend_is_no_closure_and_a_newspaper_no_state():
    with pytest.raises(ExtractionEmpty):
        gk.extract("The Washington Times called him a close friend of Russia.")


def test_he_is_the_last_person_named():
    G = gk.extract("Charles Michel arrived on Monday. He criticized Azerbaijan.")
    assert triples(G) == [("michel", "aze", "criticize")]


def test_a_title_without_a_name_is_the_person_of_that_body_named_in_the_sentence():
    G = gk.extract(
        "Armenia and Azerbaijan met on Monday. The president of the European Council acted "
        "as mediator, Charles Michel."
    )
    assert ("michel", "arm", "mediate") in triples(G) and ("michel", "aze", "mediate") in triples(G)


def test_a_route_connects_the_places_it_runs_between():
    G = gk.extract(
        "Azerbaijan closed the Lachin corridor, the only road between Karabakh and Armenia."
    )
    assert triples(G) == [
        ("aze", "lachin_corridor", "blockade"),
        ("lachin_corridor", "arm", "connects"),
        ("lachin_corridor", "nagorno_karabakh", "connects"),
    ]


def test_national_red_cross_society_is_not_the_icrc():
    G = gk.extract(
        "Azerbaijan accused the Armenian Red Cross of smuggling. The ICRC criticized Azerbaijan."
    )
    assert ("aze", "arm_red_cross", "accuse_crime") in triples(G)
    assert G.nodes["arm_red_cross"]["parent"] == "red_cross"
    assert G.nodes["icrc"]["parent"] == "red_cross"


def test_acts_an_appeal_asks_for_are_not_acts():
    G = gk.extract(
        "Senator Bob Menendez urged the United States to impose sanctions on Azerbaijan."
    )
    assert triples(G) == [("menendez", "usa", "appeal")]


def test_it_after_said_is_the_subject_of_the_main_verb_and_a_goal_is_not_a_party():
    # the one who said is the one who accused, not the subject of the gerund or of
    # "the Abkhazia conflict"; "to reach a ceasefire between A and B" names the goal's
    # parties, not the partners of "working with"
    G = gk.extract(
        "Georgia accused Turkey of sending fighters to the Abkhazia conflict and said it was "
        "working with Russia to reach a ceasefire between Armenia and Azerbaijan."
    )
    t = triples(G)
    assert ("geo", "rus", "cooperate") in t
    assert ("tur", "rus", "cooperate") not in t
    assert ("arm", "aze", "cooperate") not in t


def test_reaching_a_deal_is_cooperation_of_the_parties():
    G = gk.extract("Georgia and Turkey reached a deal on transit fees.")
    assert triples(G) == [("geo", "tur", "cooperate")]


def test_the_two_sides_after_two_persons_are_their_states_the_two_leaders_the_persons():
    G = gk.extract(
        "President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Prague. "
        "The two sides blamed each other for the delay. The two leaders agreed to meet again."
    )
    t = triples(G)
    assert ("arm", "aze", "accuse") in t and ("aze", "arm", "accuse") in t
    assert ("aliyev", "pashinyan", "accuse") not in t
    assert ("aliyev", "pashinyan", "meet") in t  # (the meeting agreed to)


def test_armenian_surnames_match_in_either_transliteration():
    G = gk.extract("Foreign ministers Ararat Mirzoian and Jeyhun Bayramov met in Almaty.")
    assert triples(G) == [("mirzoyan", "bayramov", "meet")]
    assert G.nodes["mirzoyan"]["parent"] == "arm"


def test_a_capitalised_word_is_lemmatised_like_its_lower_case_form():
    # the lookup lemmatizer is case-sensitive: "Talks" at the start of a sentence or a
    # title-case headline's "Accuses" must match the lexicon's lemmas all the same
    G = gk.extract("Talks between Georgia and Turkey resumed on Monday.")
    assert triples(G) == [("geo", "tur", "negotiate")]
    G = gk.extract("Georgia Accuses Turkey Of Shelling Border Villages")
    assert triples(G) == [("geo", "tur", "accuse_aggression"), ("tur", "geo", "attack")]


def test_led_is_mediation_only_of_talks():
    G = gk.extract(
        "Armenia and Azerbaijan met in May. The Russian-led alliance held a summit in Minsk."
    )
    assert [t for t in triples(G) if t[2] == "mediate"] == []
    G = gk.extract("Georgia welcomed the US-led talks between Armenia and Azerbaijan.")
    assert ("usa", "arm", "mediate") in triples(G) and ("usa", "aze", "mediate") in triples(G)
    G = gk.extract("The talks between Armenia and Azerbaijan were hosted by Kazakhstan.")
    assert ("kaz", "arm", "mediate") in triples(G) and ("kaz", "aze", "mediate") in triples(G)


def test_nominalised_act_takes_its_by_agent_and_judgements_target_the_doer():
    G = gk.extract("The shelling of Armenia by Azerbaijan resumed.")
    assert triples(G) == [("aze", "arm", "attack")]
    G = gk.extract("Georgia condemned the shelling of Armenia by Azerbaijan.")
    assert triples(G) == [
        ("aze", "arm", "attack"),
        ("geo", "aze", "accuse_aggression"),
        ("geo", "aze", "criticize"),
    ]
    G = gk.extract("Georgia voiced concern over the sending of fighters by Turkey.")
    assert triples(G) == [("geo", "tur", "disapprove")]


def test_they_opening_a_sentence_is_the_pair_last_named():
    G = gk.extract(
        "Emmanuel Macron and Vladimir Putin spoke on Monday. "
        "They shared their concern over the sending of fighters by Turkey."
    )
    assert triples(G) == [("macron", "tur", "disapprove"), ("putin", "tur", "disapprove")]


def test_a_party_asking_for_help_is_no_appeal_to_the_other_party():
    G = gk.extract(
        "Armenia and Azerbaijan fought in May. Armenia asked for military help after the clashes."
    )
    assert [t for t in triples(G) if t[2] == "appeal"] == []
    G = gk.extract(
        "Armenia and Azerbaijan fought in May. Russia called for restraint after the clashes."
    )
    assert ("rus", "arm", "appeal") in triples(G) and ("rus", "aze", "appeal") in triples(G)


def test_an_organisation_before_member_only_qualifies_the_member():
    G = gk.extract("A CSTO member state has been attacked by Azerbaijan.", allow_empty=True)
    assert not any(v == "csto" for _, v, _ in triples(G))
    G = gk.extract("Armenia supported CSTO member Kazakhstan in January.")
    # the support goes to Kazakhstan; the qualifier states Kazakhstan's membership
    assert triples(G) == [("arm", "kaz", "support"), ("kaz", "csto", "member_of")]


def test_his_country_is_the_state_of_the_person_named_last():
    G = gk.extract(
        "Prime Minister Nikol Pashinyan said his country had signed a deal with Kazakhstan."
    )
    assert [(u, v, t) for u, v, t in triples(G)] == [("arm", "kaz", "sign_agreement")]


def test_a_commitment_to_act_is_an_intention_to_cooperate():
    G = gk.extract(
        "Officials stressed Turkey's commitment to expand trade with Georgia and Armenia."
    )
    assert triples(G) == [
        ("tur", "arm", "intend_cooperation"),
        ("tur", "geo", "intend_cooperation"),
    ]


def test_an_ally_is_a_cooperation():
    G = gk.extract("Turkey, a close ally of Azerbaijan, sent drones.")
    assert ("tur", "aze", "cooperate") in triples(G)
    G = gk.extract("Tbilisi's main partner Ankara was silent.")
    assert triples(G) == [("geo", "tur", "cooperate")]


def test_forces_or_officials_of_a_non_state_actor_are_that_actor():
    G = gk.extract("Georgia attacked NKR forces on Monday.")
    assert triples(G) == [("geo", "separatists", "attack")]
    G = gk.extract("EU officials criticized Azerbaijan.")
    assert triples(G) == [("eu", "aze", "criticize")]


def test_a_demand_that_y_acts_targets_y_and_the_act_is_not_done():
    G = gk.extract("Georgia demanded that Armenia stop shelling Azerbaijan.")
    assert triples(G) == [("geo", "arm", "demand")]
    G = gk.extract("Russia urged that Armenia and Azerbaijan resume talks.")
    assert triples(G) == [("rus", "arm", "appeal"), ("rus", "aze", "appeal")]


def test_it_opening_a_sentence_is_the_last_state_or_organisation_subject():
    G = gk.extract(
        "Armenia said it would send aid to Georgia. It also accused Azerbaijan of shelling."
    )
    assert ("arm", "aze", "accuse_aggression") in triples(G)
    G = gk.extract("Armenia accused Azerbaijan of shelling. It is unclear whether Russia cares.")
    assert triples(G) == [("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")]


def test_a_reported_neutral_statement_is_no_accusation():
    G = gk.extract("Georgia said Abkhazia is part of Georgia, not of Russia.", allow_empty=True)
    assert not [t for t in triples(G) if t[2].startswith("accuse")]
    G = gk.extract("Georgia said Turkey controls Abkhazia.", allow_empty=True)
    assert not [t for t in triples(G) if t[2].startswith("accuse")]


def test_a_body_named_after_its_parent_organisation_is_the_body():
    G = gk.extract("Italy is a co-chair of the OSCE's Minsk Group.")
    assert triples(G) == [("ita", "minsk_group", "member_of")]
    G = gk.extract("Italy is a member of the OSCE.")
    assert triples(G) == [("ita", "osce", "member_of")]


def test_an_object_after_comma_and_starts_a_new_clause():
    G = gk.extract(
        "After a day of fighting, the rebels capitulated, and President Ilham Aliyev "
        "announced victory.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "concede"]


def test_a_call_for_action_against_x_is_no_appeal_to_x_nor_to_the_pair():
    G = gk.extract(
        "Armenia and Azerbaijan held peace talks. Georgia called for action against Azerbaijan."
    )
    assert [t for t in triples(G) if t[2] == "appeal"] == []


def test_a_states_positions_are_the_state_and_its_report_of_an_attack_on_them_accuses():
    G = gk.extract(
        "Azerbaijani troops shelled Armenian positions overnight, the Armenian Defence Ministry said."
    )
    assert edges(G) == [
        ("arm", "aze", "accuse_aggression", "alleged"),
        ("aze", "arm", "attack", "alleged"),
    ]


def test_a_monitoring_mission_is_aid_and_troops_a_show_of_force():
    G = gk.extract("The European Union deployed a monitoring mission to Armenia.")
    assert triples(G) == [("eu", "arm", "aid")]
    G = gk.extract("Russia deployed troops to Armenia.")
    assert triples(G) == [("rus", "arm", "show_force")]


def test_phone_call_opposition_freezing_ties_and_prisoners():
    G = gk.extract("Pashinyan held a phone call with Putin.")
    assert triples(G) == [("pashinyan", "putin", "consult"), ("putin", "pashinyan", "consult")]
    G = gk.extract("Russia opposes Turkey's plan.")
    assert triples(G) == [("rus", "tur", "disapprove")]
    G = gk.extract("Azerbaijan released five Armenian prisoners.")
    assert triples(G) == [("aze", "arm", "concede")]


def test_a_reduced_passive_takes_its_patient_only_from_right_before_it():
    G = gk.extract("Russia returned land long held by rebels to Georgia.")
    assert triples(G) == [("rus", "geo", "concede")]
    G = gk.extract("Armenia, attacked by Azerbaijan, appealed to Russia.")
    assert triples(G) == [("arm", "rus", "appeal"), ("aze", "arm", "attack")]


def test_speaking_with_thanking_and_a_states_legislature():
    G = gk.extract("Blinken spoke with Aliyev and Pashinyan separately.")
    assert triples(G) == [("blinken", "aliyev", "consult"), ("blinken", "pashinyan", "consult")]
    G = gk.extract("Aliyev thanked Erdogan for his support.")
    assert triples(G) == [("aliyev", "erdogan", "support")]
    G = gk.extract("Azerbaijan's foreign ministry condemned the French Senate's resolution.")
    assert triples(G) == [("aze", "fra", "criticize")]


def test_the_speaker_after_a_comma_is_not_an_object():
    G = gk.extract("Armenia and Azerbaijan agreed to exchange prisoners, the EU said.")
    assert not [t for t in triples(G) if t[1] == "eu"]


def test_the_country_and_the_organisation_are_the_last_ones_named():
    G = gk.extract("Armenia held elections in June. The country accused Azerbaijan of shelling.")
    assert triples(G) == [("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")]
    G = gk.extract("The CSTO met in Minsk. The organisation criticized Azerbaijan.")
    assert triples(G) == [("csto", "aze", "criticize")]


def test_a_relative_clause_between_commas_is_skipped_for_the_subject_and_ends_the_object():
    G = gk.extract("France, which co-chairs the Minsk Group, criticized Azerbaijan.")
    # (the relative clause's own act stands: France co-chairs the group, round 26)
    assert triples(G) == [("fra", "aze", "criticize"), ("fra", "minsk_group", "member_of")]
    G = gk.extract("Pashinyan, who met Putin in May, criticized the CSTO.")
    assert triples(G) == [("pashinyan", "csto", "criticize"), ("pashinyan", "putin", "meet")]
    G = gk.extract("Azerbaijan blamed Armenian saboteurs for the attack.")
    assert triples(G) == [("aze", "arm", "accuse_aggression")]


def test_what_angers_y_is_disapproved_by_y():
    G = gk.extract("Moscow's recognition of the election angered Georgia.")
    assert triples(G) == [("geo", "rus", "disapprove")]
    G = gk.extract("Georgia was angered by Russia's move.")
    assert triples(G) == [("geo", "rus", "disapprove")]


# -- recall round 2: vocabulary of mediation, demand, disapproval and support ------------------


def test_hosting_two_parties_ministers_is_mediation_between_them():
    G = extract_holders(
        "Georgia hosted the foreign ministers of Armenia and Azerbaijan in Tbilisi.",
        date="2023-10-23",
    )
    # each plural title is its holder in the text's year, as the singular one is; the two
    # guests meet (round 48)
    assert triples(G) == [
        ("geo", "bayramov", "mediate"),
        ("geo", "mirzoyan", "mediate"),
        ("mirzoyan", "bayramov", "meet"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia requested help from the CSTO.",
        "Armenia sought military assistance from the CSTO after the clashes.",
    ],
)
def test_asking_for_help_from_x_is_an_appeal_to_x(text):
    assert triples(gk.extract(text)) == [("arm", "csto", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada is concerned about Azerbaijan's troop build-up.", ("can", "aze", "disapprove")),
        ("Canada reaffirmed its support for Armenia.", ("can", "arm", "support")),
        ("Canada expressed solidarity with Armenia.", ("can", "arm", "support")),
        ("Georgia insisted on Armenia's withdrawal.", ("geo", "arm", "demand")),
    ],
)
def test_stance_nouns_and_adjectives_find_their_target(text, expected):
    assert triples(gk.extract(text)) == [expected]


def test_trilateral_talks_make_the_host_a_mediator_and_the_guests_negotiate():
    G = gk.extract("Kazakhstan held trilateral talks with Armenia and Azerbaijan in Almaty.")
    assert triples(G) == [
        ("arm", "aze", "negotiate"),
        ("kaz", "arm", "mediate"),
        ("kaz", "aze", "mediate"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Canada urged all parties to show restraint.",
        "Canada stressed the need for the warring parties to show restraint.",
    ],
)
def test_all_parties_and_the_need_for_them_to_act_are_an_appeal_to_the_pair(second):
    G = gk.extract("Armenia and Azerbaijan clashed on Monday. " + second)
    assert [t for t in triples(G) if t[2] == "appeal"] == [
        ("can", "arm", "appeal"),
        ("can", "aze", "appeal"),
    ]


def test_the_eu_mission_in_armenia_is_its_own_actor_and_launching_it_is_aid():
    G = gk.extract("The European Union launched a monitoring mission in Armenia in February.")
    assert triples(G) == [("eu", "arm", "aid")]
    H = gk.extract("Russia criticised the EU monitoring mission.")
    assert triples(H) == [("rus", "euma", "criticize")]
    assert H.nodes["euma"]["parent"] == "eu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada said Azerbaijan must reopen the road.", [("can", "aze", "demand")]),
        ("Azerbaijan should withdraw its troops, Canada said.", [("can", "aze", "appeal")]),
        (
            "Canada said Armenia and Azerbaijan should resume talks.",
            [("can", "arm", "appeal"), ("can", "aze", "appeal")],
        ),
    ],
)
def test_a_reported_obligation_is_the_speakers_demand_and_the_act_is_not_done(text, expected):
    assert triples(gk.extract(text)) == expected


def test_an_obligation_without_an_addressee_or_in_hindsight_is_no_demand():
    G = gk.extract("Canada said the road must be reopened, and Azerbaijan blocked it.")
    assert [t for t in triples(G) if t[2] in ("demand", "appeal")] == []
    with pytest.raises(ExtractionEmpty):
        gk.extract("Canada said Azerbaijan should have reopened the road.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack by Azerbaijan on Armenia killed three soldiers.", [("aze", "arm", "attack")]),
        (
            "Canada denounced the Azerbaijani attack on Armenia.",
            [
                ("aze", "arm", "attack"),
                ("can", "aze", "accuse_aggression"),
                ("can", "aze", "criticize"),
            ],
        ),
    ],
)
def test_a_nominal_attack_takes_its_agent_and_its_patient_and_is_judged_by_its_agent(
    text, expected
):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Armenia-Azerbaijan talks resumed in Almaty.", [("arm", "aze", "negotiate")]),
        ("Armenian-Azerbaijani talks resumed in Almaty.", [("arm", "aze", "negotiate")]),
        ("Azerbaijan fought a war against Armenia.", [("aze", "arm", "war")]),
    ],
)
def test_hyphenated_pairs_and_war_against_give_the_two_parties(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia was in contact with Azerbaijan on the issue.", [("rus", "aze", "consult")]),
        ("Canada encouraged Armenia to sign the treaty.", [("can", "arm", "appeal")]),
        ("The agreement between Armenia and Georgia holds.", [("arm", "geo", "sign_agreement")]),
    ],
)
def test_contact_encouragement_and_agreements_between_parties(text, expected):
    assert triples(gk.extract(text)) == expected


def test_a_state_possessive_before_a_person_is_the_persons_state_not_a_party():
    G = gk.extract(
        "Kazakhstan held trilateral talks with Armenia's Pashinyan and Azerbaijan's Aliyev."
    )
    assert triples(G) == [
        ("kaz", "aliyev", "mediate"),
        ("kaz", "pashinyan", "mediate"),
        ("pashinyan", "aliyev", "negotiate"),
    ]
    assert G.nodes["pashinyan"]["parent"] == "arm"


def test_a_brokered_truce_after_two_leaders_is_mediation_between_their_states():
    G = gk.extract(
        "President Ilham Aliyev met Prime Minister Nikol Pashinyan in Munich. "
        "The war ended after a Russian-brokered truce."
    )
    assert [t for t in triples(G) if t[2] == "mediate"] == [
        ("rus", "arm", "mediate"),
        ("rus", "aze", "mediate"),
    ]


def test_a_clause_opened_by_after_has_a_subject():
    G = gk.extract("The move came after Azerbaijan demanded that the separatists lay down arms.")
    assert triples(G) == [("aze", "separatists", "demand")]


def test_control_over_a_territory_targets_it():
    G = gk.extract("Azerbaijan moved to reaffirm its control over the Lachin corridor.")
    assert triples(G) == [("aze", "lachin_corridor", "control")]


def test_a_purpose_after_a_conversation_is_addressed_to_the_partner():
    G = gk.extract("Canada spoke with Azerbaijan on Monday to express concern for the civilians.")
    assert triples(G) == [("can", "aze", "consult"), ("can", "aze", "disapprove")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Azerbaijan held talks under EU mediation.",
            [("arm", "aze", "negotiate"), ("eu", "arm", "mediate"), ("eu", "aze", "mediate")],
        ),
        (
            "Armenia and Azerbaijan met under the auspices of the OSCE.",
            [("arm", "aze", "meet"), ("osce", "arm", "mediate"), ("osce", "aze", "mediate")],
        ),
        ("Armenia summoned the Russian ambassador.", [("arm", "rus", "disapprove")]),
        ("Armenia recalled its ambassador from Russia.", [("arm", "rus", "reduce_relations")]),
    ],
)
def test_mediation_nouns_auspices_and_diplomatic_protest(text, expected):
    assert triples(gk.extract(text)) == expected


def test_discussing_something_with_someone_is_consultation():
    G = gk.extract("Georgia discussed the border situation in the region with Armenia.")
    assert triples(G) == [("geo", "arm", "consult")]


def test_meeting_a_counterpart_named_after_the_word_counterpart():
    G = gk.extract("Sergei Lavrov met his Armenian counterpart Ararat Mirzoyan on Friday.")
    assert triples(G) == [("lavrov", "mirzoyan", "meet")]


def test_hosting_two_leaders_is_mediation_hosting_one_is_not():
    G = gk.extract("Charles Michel hosted Aliyev and Pashinyan in Brussels.")
    assert triples(G) == [
        ("aliyev", "pashinyan", "meet"),  # (the two guests meet: round 48)
        ("michel", "aliyev", "mediate"),
        ("michel", "pashinyan", "mediate"),
    ]
    # one guest: a visit, which the host consults (as "received" a visitor)
    G = gk.extract("Georgia hosted Emmanuel Macron in Tbilisi.")
    assert triples(G) == [("geo", "macron", "consult")]


def test_an_opening_call_with_a_partner_addresses_the_main_clause_to_the_partner():
    G = gk.extract("In a phone call with Armenia, Canada urged restraint.")
    assert triples(G) == [
        ("arm", "can", "consult"),
        ("can", "arm", "appeal"),
        ("can", "arm", "consult"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron held a call with Ilham Aliyev and urged him to resume talks.",
        "Ilham Aliyev said Emmanuel Macron had urged him to resume talks.",
    ],
)
def test_him_is_the_person_named_before_that_is_not_the_verbs_subject(text):
    assert [t for t in triples(gk.extract(text)) if t[2] == "appeal"] == [
        ("macron", "aliyev", "appeal")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia said Armenian forces had shelled its positions overnight.",
            [("arm", "geo", "attack"), ("geo", "arm", "accuse_aggression")],
        ),
        (
            "Georgia accused Russia of attacking its territory.",
            [("geo", "rus", "accuse_aggression"), ("rus", "geo", "attack")],
        ),
    ],
)
def test_its_positions_belong_to_the_first_party_not_the_acts_subject(text, expected):
    assert triples(gk.extract(text)) == expected


def test_requesting_something_of_a_body_is_an_appeal_to_it():
    G = gk.extract("Armenia requested an emergency meeting of the UN Security Council.")
    assert triples(G) == [("arm", "un_security_council", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO member Turkey backed Azerbaijan.",
            [("tur", "aze", "support"), ("tur", "nato", "member_of")],
        ),
        (
            "Armenia, a CSTO member, asked Russia for help.",
            [("arm", "csto", "member_of"), ("arm", "rus", "appeal")],
        ),
        ("Armenia's membership in the CSTO is in question.", [("arm", "csto", "member_of")]),
        (
            "Armenia froze its participation in the CSTO.",
            [("arm", "csto", "member_of"), ("arm", "csto", "reduce_relations")],
        ),
    ],
)
def test_membership_stated_by_a_noun(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nagorno-Karabakh lies in the South Caucasus. Azerbaijan tightened its control of "
            "the mountainous enclave.",
            [("aze", "nagorno_karabakh", "control")],
        ),
        (
            "The Lachin corridor was closed. Armenia said Azerbaijan occupied the disputed "
            "territory.",
            [("arm", "aze", "accuse"), ("aze", "lachin_corridor", "occupy")],
        ),
    ],
)
def test_the_disputed_region_is_the_territory_named_last(text, expected):
    assert triples(gk.extract(text)) == expected


def test_control_fought_over_is_not_control_held():
    G = gk.extract(
        "Armenia and Azerbaijan fought two wars over control of Nagorno-Karabakh.",
        allow_empty=True,
    )
    assert ("arm", "nagorno_karabakh", "control") not in triples(G)
    assert ("aze", "nagorno_karabakh", "control") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Macron spoke with Erdogan on Friday and stressed the need for calm.",
            [("macron", "erdogan", "appeal"), ("macron", "erdogan", "consult")],
        ),
        (
            "Macron spoke with Erdogan on Friday. Macron stressed the need for calm.",
            [("macron", "erdogan", "appeal"), ("macron", "erdogan", "consult")],
        ),
        (
            "Macron spoke with Erdogan on Friday. Markets were calm. Prices fell. "
            "Macron stressed the need for calm.",
            [("macron", "erdogan", "consult")],
        ),
    ],
)
def test_an_appeal_without_addressee_goes_to_the_recent_call_partner(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia and Kosovo made progress towards a settlement in Brussels.",
            [("srb", "xkx", "negotiate")],
        ),
        (
            "Brussels backs the normalisation between Serbia and Kosovo.",
            # backing a process between two parties supports each (welcome_accord_between)
            [("eu", "srb", "support"), ("eu", "xkx", "support"), ("srb", "xkx", "negotiate")],
        ),
        ("The rebels had to relinquish the town to Mali.", [("separatists", "mli", "concede")]),
        (
            "Armenian separatists handed over the region to Azerbaijan.",
            [("separatists", "aze", "concede")],
        ),
        ("Hungary resents the Ukrainian language law.", []),
        ("Serbia resents the EU.", [("srb", "eu", "disapprove")]),
        (
            "The row deepened tensions between Serbia and neighbouring Croatia.",
            [("srb", "hrv", "dispute")],
        ),
    ],
)
def test_round_three_lexicon(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia praised the US on Monday.", [("srb", "usa", "support")]),
        ("Serbia urged the US to act.", [("srb", "usa", "appeal")]),
        ("The US praised Serbia on Monday.", [("usa", "srb", "support")]),
    ],
)
def test_an_abbreviated_country_after_the_is_the_country(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia accused Kosovo of provocations, charges rejected by Pristina.",
            [("srb", "xkx", "accuse_aggression"), ("xkx", "srb", "attack"), ("xkx", "srb", "deny")],
        ),
        (
            "Serbia said Kosovo shelled its villages, a claim Pristina rejected.",
            [("srb", "xkx", "accuse_aggression"), ("xkx", "srb", "attack"), ("xkx", "srb", "deny")],
        ),
        ("Kosovo rejected the EU proposal.", [("xkx", "eu", "reject")]),
    ],
)
def test_rejecting_a_claim_is_a_denial_of_its_author(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey is working to secure a peace deal between Russia and Ukraine.",
            [("tur", "rus", "mediate"), ("tur", "ukr", "mediate")],
        ),
        (
            "Qatar said it was working with Egypt to reach a truce between Israel and Lebanon.",
            [
                ("qat", "egy", "cooperate"),
                ("qat", "isr", "mediate"),
                ("qat", "lbn", "mediate"),
            ],
        ),
        ("Serbia is working to reach a deal with Kosovo.", [("srb", "xkx", "cooperate")]),
    ],
)
def test_working_to_reach_a_deal_between_two_parties_is_mediation(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Croatia accused Serbia of genocide.",
            [("hrv", "srb", "accuse_war_crimes")],
        ),
        (
            "Serbia carried out a massacre against Croatia.",
            [("srb", "hrv", "mass_violence")],
        ),
        ("The pogrom against the enclave of Kosovo shocked Europe.", []),
        ("Armenia will leave the CSTO alliance.", [("arm", "csto", "reduce_relations")]),
        ("Serbia complained about Kosovo.", [("srb", "xkx", "disapprove")]),
        ("Russia issued an ultimatum to Moldova.", [("rus", "mda", "threaten")]),
    ],
)
def test_round_three_cameo_verbs(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia captured six Croatian servicemen.", [("srb", "hrv", "coerce")]),
        ("Serbia held Croatian prisoners of war.", [("srb", "hrv", "coerce")]),
        ("Putin congratulated Lukashenko.", [("putin", "lukashenko", "support")]),
        (
            "Serbia and Hungary held joint military exercises.",
            [("srb", "hun", "material_cooperation")],
        ),
    ],
)
def test_captives_joint_drills_and_congratulations(text, expected):
    assert triples(gk.extract(text)) == expected


def test_the_population_of_a_territory_is_an_actor_that_inhabits_it():
    G = gk.extract("Azerbaijan blockaded the residents of Nagorno-Karabakh.")
    # a mere mention of the population states nothing about where it lives
    assert triples(G) == [("aze", "nagorno_karabakh_population", "blockade")]
    assert G.nodes["nagorno_karabakh_population"]["kind"] == "population"
    assert G.nodes["nagorno_karabakh_population"]["name"] == "population of Nagorno-Karabakh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The population of Nagorno-Karabakh is mostly Armenian.",
            [("nagorno_karabakh_population", "nagorno_karabakh", "inhabit")],
        ),
        (
            "The residents of Nagorno-Karabakh live in fear, France said.",
            [("nagorno_karabakh_population", "nagorno_karabakh", "inhabit")],
        ),
        ("Blinken spoke about aid for the population of Nagorno-Karabakh with Aliyev.", []),
    ],
)
def test_a_population_inhabits_its_territory_where_the_text_describes_it(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [t for t in triples(G) if t[2] in ("inhabit", "blockade")] == expected


def test_an_appeal_is_not_addressed_to_the_people_it_is_for():
    G = gk.extract(
        "Blinken spoke with Aliyev. Blinken stressed the need for aid to reach the "
        "population of Nagorno-Karabakh."
    )
    assert ("blinken", "aliyev", "appeal") in triples(G)
    assert ("blinken", "nagorno_karabakh_population", "appeal") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia praised Nagorno-Karabakh. But it had been controlled by Armenia.",
            [("arm", "nagorno_karabakh", "control")],
        ),
        (
            "Nagorno-Karabakh was run by separatists.",
            [("separatists", "nagorno_karabakh", "control")],
        ),
        ("Serbia criticized Kosovo. It said Croatia was wrong.", [("srb", "xkx", "criticize")]),
    ],
)
def test_it_with_a_place_predicate_is_the_territory_named_last(text, expected):
    assert triples(gk.extract(text)) == expected


def test_recognised_as_a_states_territory_is_its_sovereignty():
    G = gk.extract("Nagorno-Karabakh is recognized as Azerbaijani territory.")
    assert triples(G) == [("aze", "nagorno_karabakh", "sovereignty")]


# -- round 4 (dev3 error analysis): scorer, gazetteer and lexicon --------------------------------


def test_the_state_level_score_rolls_persons_and_bodies_up_to_their_state():
    import pandas as pd

    from graphlib_kb.extract.evaluate import resolve_levels, score

    kinds = {"fra": "state", "fra_mfa": "government", "barrot": "person", "bel": "state"}
    parents = {"fra": "", "fra_mfa": "fra", "barrot": "fra_mfa", "bel": ""}
    cols = ["doc", "source", "target", "category", "type"]
    gold = pd.DataFrame([["d", "barrot", "bel", "demand", "appeal"]], columns=cols)
    pred = pd.DataFrame([["d", "fra", "bel", "demand", "appeal"]], columns=cols)

    def rolled(frame, levels):
        return frame.assign(source=frame["source"].map(levels), target=frame["target"].map(levels))

    strict, top = resolve_levels(kinds, parents), resolve_levels(kinds, parents, top=True)
    assert strict["fra_mfa"] == "fra" and strict["barrot"] == "barrot"
    assert top["barrot"] == "fra"
    all_strict = score(rolled(pred, strict), rolled(gold, strict)).set_index("category")
    all_top = score(rolled(pred, top), rolled(gold, top)).set_index("category")
    assert all_strict.loc["all", "recall"] == 0.0
    assert all_top.loc["all", "recall"] == 1.0


def test_the_scorer_maps_an_actor_by_its_name_before_its_id():
    import networkx as nx
    import pandas as pd

    from graphlib_kb.extract.evaluate import actor_mapping

    coded = pd.DataFrame(
        [
            ["harutyunyan", "Vagharshak Harutyunyan", "person", "arm", "Harutyunyan"],
            ["harutyunyan_arayik", "Arayik Harutyunyan", "person", "", "Arayik Harutyunyan"],
            ["arm", "Armenia", "state", "", ""],
        ],
        columns=["key", "name", "kind", "parent", "aliases"],
    )
    G = nx.MultiDiGraph()
    # the extractor names a new person by surname: the id is another coded person's key
    G.add_node("harutyunyan", name="Arayik Harutyunyan", kind="person")
    G.add_node("arm", name="Armenia", kind="state")
    G.add_node("mher", name="Mher Unknown", kind="person", parent="arm")
    assert actor_mapping(G, coded) == {
        "harutyunyan": "harutyunyan_arayik",
        "arm": "arm",
        "mher": "arm",
    }


def test_a_two_word_role_is_matched_as_written():
    # "armed" is not read as the verb "arm": "Georgian armed forces" is Georgia
    G = gk.extract("Georgian armed forces shelled Russian positions near the border.")
    assert triples(G) == [("geo", "rus", "attack")]


def test_a_qualified_nominal_act_keeps_its_doer():
    G = gk.extract(
        "The Moldovan Foreign Ministry condemns the flagrant violation of the truce "
        "by the Russian Armed Forces near the river."
    )
    assert ("mda", "rus", "criticize") in triples(G)


def test_a_participial_clause_is_not_the_subject_of_the_main_verb():
    G = gk.extract(
        "Poland said the Russian armed forces, having once again violated the truce signed "
        "by the leaders of Poland, Germany and Russia, carried out aggression against Ukraine."
    )
    assert ("rus", "ukr", "attack") in triples(G)
    assert ("deu", "ukr", "attack") not in triples(G)
    assert ("pol", "ukr", "attack") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "This breaks the tripartite agreement of the leaders of Chile, Peru and Bolivia.",
        "The road stayed shut despite the statement made by the leaders of Chile, Peru and "
        "Bolivia in May.",
    ],
)
def test_an_agreement_of_three_leaders_is_signed_by_each_pair(text):
    assert [t for t in triples(gk.extract(text)) if t[2] == "sign_agreement"] == [
        ("chl", "bol", "sign_agreement"),
        ("chl", "per", "sign_agreement"),
        ("per", "bol", "sign_agreement"),
    ]


def test_a_declaration_signed_by_two_presidents():
    G = gk.extract(
        "The declaration signed by President of Chile Gabriel Boric and President of Peru "
        "Dina Boluarte has three clauses."
    )
    assert triples(G) == [("boric", "boluarte", "sign_agreement")]
    assert gk.actors_table(G).set_index("id").loc["boric", "parent"] == "chl"


def test_the_co_chair_countries_are_the_minsk_group_and_they_speak_next():
    G = gk.extract(
        "The Co-Chair countries of the OSCE Minsk Group call upon Chile and Peru to talk. "
        "They also call on all parties to respect the truce."
    )
    assert sorted(set(edges(G))) == [
        ("minsk_group", "chl", "appeal", "asserted"),
        ("minsk_group", "per", "appeal", "asserted"),
    ]
    assert len(G.edges) == 4  # one appeal per sentence to each party


def test_a_title_without_a_name_is_the_person_named_earlier_with_it():
    G = gk.extract(
        "Chilean Foreign Minister Alberto Ortiz met the ambassadors. "
        "The Chilean Foreign Minister condemned Peru. The Chilean President condemned Bolivia."
    )
    assert triples(G) == [("chl", "bol", "criticize"), ("ortiz", "per", "criticize")]


def test_without_and_a_gerund_negates_a_role():
    G = gk.extract(
        "Chile hosted talks between Peru and Bolivia without assuming the role of a mediator."
    )
    assert "mediation_noun" not in {d["rule"] for *_, d in G.edges(data=True)}


def test_gratitude_is_support_and_a_reminder_of_obligations_is_an_appeal():
    G = gk.extract(
        "Blinken expressed gratitude to the Peruvian side for the talks. "
        "Chile reminded Peru and Bolivia of their obligations."
    )
    assert ("blinken", "per", "support") in triples(G)
    assert ("chl", "per", "appeal") in triples(G) and ("chl", "bol", "appeal") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow voiced concern over the continued blockade of the Lachin corridor.",
        'Peru asked the court to rule on the ongoing "blockade" of the Lachin corridor.',
    ],
)
def test_a_qualified_or_quoted_nominal_act_is_not_done_by_another_verbs_subject(text):
    # (round 37: the blockade of a route to the breakaway land that names no doer is the
    # land's sovereign's, never the subject's who spoke of it)
    blockades = {
        (s, t) for s, t, typ in triples(gk.extract(text, allow_empty=True)) if typ == "blockade"
    }
    assert blockades <= {("aze", "lachin_corridor")}


def test_a_meeting_on_a_states_actions_is_not_a_meeting_with_it():
    G = gk.extract(
        "Peru sent a request to the UN Security Council for an emergency meeting on "
        "Chile's military actions."
    )
    assert triples(G) == [("per", "un_security_council", "appeal")]


def test_an_act_in_a_condition_is_no_act():
    G = gk.extract(
        "Lavrov said the peacekeepers would respond in the event of Chilean aggression "
        "against Peru.",
        allow_empty=True,
    )
    assert "attack" not in {t[2] for t in triples(G)}


def test_districts_of_the_conflict_zone_and_liberation_are_control():
    G = gk.extract(
        "Chilean military officers raised the flag after the liberation of Kalbajar from "
        "Peruvian forces. Bolivia liberated Fizuli."
    )
    assert ("chl", "kalbajar", "control") in triples(G)
    assert ("bol", "fuzuli", "control") in triples(G)
    assert gk.actors_table(G).set_index("id").loc["fuzuli", "kind"] == "territory"


def test_a_participle_after_a_territory_is_a_reduced_passive():
    G = gk.extract(
        "A pact was signed in Shusha (Shushi), liberated in the second Karabakh war.",
        allow_empty=True,
    )
    assert "control" not in {t[2] for t in triples(G)}


def test_we_in_a_quotation_is_the_speaker():
    G = gk.extract(
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Monday. "
        '"We are worried. We call on Lima and Santiago to settle all issues by diplomatic '
        'means," she said.'
    )
    assert sorted(set(triples(G))) == [
        ("zakharova", "chl", "appeal"),
        ("zakharova", "per", "appeal"),
    ]


def test_we_is_the_speaker_next_to_the_reporting_verb_not_a_person_named_before():
    G = gk.extract(
        'Chile and Peru signed a deal. "We are grateful to President Lula da Silva of '
        'Brazil. We call on Bolivia to join," the Peruvian ministry said.'
    )
    assert ("per", "bol", "appeal") in triples(G)
    assert ("bra", "bol", "appeal") not in triples(G)


def test_no_one_accuses_their_own_side():
    G = gk.extract(
        'Senator Bob Menendez spoke in Washington. "We shelled Bolivian positions," Menendez said.'
    )
    assert ("usa", "bol", "attack") in triples(G)
    assert not [t for t in triples(G) if t[1] == "usa"]


def test_a_need_is_no_act():
    G = gk.extract(
        'Senator Bob Menendez spoke in Washington. "We need to attack Bolivian positions," '
        "Menendez said.",
        allow_empty=True,
    )
    assert "attack" not in {t[2] for t in triples(G)}


def test_one_of_the_pair_negotiating_negotiates_with_the_other():
    G = gk.extract(
        "Chile and Peru began talks in Lima. "
        '"We are involved in the negotiation process," the Chilean minister said.'
    )
    assert {t[:2] for t in triples(G)} == {("chl", "per")}
    assert G.number_of_edges() == 2


def test_war_crimes_committed_by_coordinated_forces_are_accusations_by_the_subject():
    G = gk.extract(
        "Amnesty International called for an inquiry into war crimes allegedly committed by "
        "Chilean and Peruvian forces."
    )
    assert triples(G) == [
        ("amnesty", "chl", "accuse_war_crimes"),
        ("amnesty", "per", "accuse_war_crimes"),
    ]


def test_two_demonyms_before_one_role_noun_are_two_parties():
    assert triples(gk.extract("Chilean and Peruvian troops clashed overnight.")) == [
        ("chl", "per", "war")
    ]


def test_the_aggression_of_x_on_y_and_a_speaker_after_a_long_name():
    G = gk.extract(
        '"This is another sign of the continuous encroachments of Chile on the territorial '
        'integrity of Peru," the Peruvian Foreign Ministry said.'
    )
    assert edges(G) == [
        ("chl", "per", "attack", "alleged"),
        ("per", "chl", "accuse_aggression", "alleged"),
    ]


def test_the_invasion_of_x_is_done_to_x():
    G = gk.extract("Chile's invasion of Peru began in May.")
    assert triples(G) == [("chl", "per", "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling concerns a case brought by Chile against Peru over the river.",
        "Chile filed a lawsuit against Peru at the court.",
    ],
)
def test_a_case_against_a_state_is_an_accusation(text):
    assert triples(gk.extract(text)) == [("chl", "per", "accuse")]


def test_a_court_obliging_a_state_demands():
    G = gk.extract("The International Court of Justice obliged Peru to reopen the road.")
    assert triples(G) == [("icj", "per", "demand")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru said the Chilean government refused to negotiate.",
        "Peruvian Prime Minister Gustavo Adrianzen linked the clashes to the old dispute over "
        "Tacna, claiming that the Chilean administration refused to negotiate over the region.",
    ],
)
def test_a_refusal_reported_by_a_side_is_a_rejection_of_that_side(text):
    assert edges(gk.extract(text)) == [("chl", "per", "reject", "alleged")]


def test_a_place_under_shelling_is_not_accused_of_it():
    G = gk.extract(
        "Chilean officials said Nagorno-Karabakh was under intense shelling.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[1] == "nagorno_karabakh" and t[2].startswith("accuse")]


def test_a_known_person_after_title_of_state_keeps_the_title():
    G = gk.extract(
        "The declaration signed by President of Azerbaijan Ilham Aliyev and President of "
        "Turkey Recep Tayyip Erdogan has ten clauses."
    )
    assert triples(G) == [("aliyev", "erdogan", "sign_agreement")]


def test_qualifying_a_policy_unacceptable_is_criticism():
    G = gk.extract(
        "Chilean Foreign Minister Alberto Ortiz spoke. He qualified unacceptable the "
        "continuing policy of the Peruvian side towards the border."
    )
    assert triples(G) == [("ortiz", "per", "criticize")]


def test_contacts_with_both_sides_to_de_escalate_are_mediation():
    G = gk.extract(
        "The diplomat stressed that Brasilia maintains contacts with Lima and Santiago to "
        "de-escalate the situation."
    )
    assert triples(G) == [("bra", "chl", "mediate"), ("bra", "per", "mediate")]


def test_maintain_reports_only_with_that():
    G = gk.extract("Brazil maintains that Peru attacked Chile.")
    assert ("bra", "per", "accuse_aggression") in triples(G)


def test_a_call_for_investigations_by_authorities_is_addressed_to_them():
    G = gk.extract(
        "Amnesty International spoke. Its director added that the NGO is calling for "
        "impartial investigations by the Chilean and Peruvian authorities."
    )
    assert triples(G) == [("amnesty", "chl", "appeal"), ("amnesty", "per", "appeal")]


def test_a_relative_clause_has_its_antecedent_as_subject():
    G = gk.extract(
        "Crimea was retaken by Peru after a war against Chile, which seized the territory in 1990."
    )
    assert ("chl", "crimea", "occupy") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Crimea is located in Ukraine.",
        "Pashinyan spoke about Crimea, which is located within Ukraine.",
    ],
)
def test_a_territory_located_within_a_state_is_its_sovereignty(text):
    assert triples(gk.extract(text)) == [("ukr", "crimea", "sovereignty")]


def test_a_quotation_over_several_sentences_is_reported_by_its_speaker():
    G = gk.extract(
        "Chile's Foreign Ministry issued a statement. \"The resolution is another provocation "
        "by Peru against Chile. Peruvian forces shelled Chilean positions near the border. "
        '"We reject it," said the ministry.'
    )
    assert sorted(set(edges(G))) == [
        ("chl", "per", "accuse_aggression", "alleged"),
        ("per", "chl", "attack", "alleged"),
    ]


def test_the_one_thanked_for_hosting_is_the_host():
    G = gk.extract(
        "Blinken expressed gratitude to President Dina Boluarte for the initiative to host "
        "the negotiations between Chile and Bolivia."
    )
    assert ("boluarte", "chl", "mediate") in triples(G)
    assert ("blinken", "chl", "mediate") not in triples(G)


def test_an_office_without_a_name_is_its_holder_in_the_texts_year():
    G = extract_holders(
        "In accordance with the statement by the President of the Republic of Azerbaijan, "
        "Prime Minister of the Republic of Armenia, and President of the Russian Federation "
        "of November 9, 2020, the fighting stopped.",
        date="2020-12-01",
    )
    assert [t for t in triples(G) if t[2] == "sign_agreement"] == [
        ("aliyev", "pashinyan", "sign_agreement"),
        ("aliyev", "putin", "sign_agreement"),
        ("pashinyan", "putin", "sign_agreement"),
    ]
    # the Armenian foreign minister of 2020 is not the one of 2022
    G = extract_holders("The Armenian Foreign Minister criticized Turkey.", date="2020-10-01")
    assert triples(G) == [("mnatsakanyan", "tur", "criticize")]
    G = extract_holders("The Armenian Foreign Minister criticized Turkey.", date="2022-10-01")
    assert triples(G) == [("mirzoyan", "tur", "criticize")]


def test_an_undated_text_names_no_office_holder_its_guessed_year_cannot_fix():
    # no date: the year is only the latest the text names (2020), and the text may be later
    undated = "The Armenian Foreign Minister criticized Turkey over its role in the 2020 war."
    assert ("arm", "tur", "criticize") in triples(extract_holders(undated))
    assert ("mnatsakanyan", "tur", "criticize") in triples(
        extract_holders(undated, date="2020-10-01")
    )
    # Azerbaijan's foreign minister was the same person from 2021 on (in 2020 there were two)
    G = extract_holders("The Azerbaijani Foreign Minister criticized Turkey after the 2021 talks.")
    assert triples(G) == [("bayramov", "tur", "criticize")]
    G = extract_holders("The Azerbaijani Foreign Minister criticized Turkey after the 2020 war.")
    assert [t for t in triples(G) if t[2] != "war"] == [("aze", "tur", "criticize")]
    # the one of that office's holders since 2020 whom the text names
    G = extract_holders(
        "The foreign ministers of Armenia and Azerbaijan met in Washington to discuss the "
        "aftermath of the 2020 war. Ararat Mirzoyan and Jeyhun Bayramov said the talks were "
        "useful."
    )
    assert ("mirzoyan", "bayramov", "meet") in triples(G)
    assert not [t for t in triples(G) if "mnatsakanyan" in t]


def test_an_office_that_changed_hands_in_the_year_is_the_holder_the_text_names():
    # Zarif and Amir-Abdollahian were both Iran's foreign minister in 2021
    met = "Iranian and Armenian foreign ministers met in Tehran on Monday."
    assert ("irn", "mirzoyan", "meet") in triples(extract_holders(met, date="2021-10-04"))
    G = extract_holders(
        met + " Hossein Amir-Abdollahian said the borders must not change.", date="2021-10-04"
    )
    assert ("amir_abdollahian", "mirzoyan", "meet") in triples(G)


def test_a_deputy_is_not_the_holder_of_the_office_his_title_names():
    G = extract_holders(
        "Putin proposed that the Deputy Prime Ministers of Russia, Azerbaijan and Armenia meet "
        "a week later.",
        date="2021-01-11",
    )
    assert not [t for t in triples(G) if "asadov" in t or "pashinyan" in t]
    G = extract_holders("The Prime Ministers of Armenia and Azerbaijan met.", date="2021-01-11")
    assert triples(G) == [("pashinyan", "asadov", "meet")]


def test_the_conflicts_frequent_officials_are_known_by_surname():
    G = gk.extract("Stoltenberg met Pashinyan in Brussels.", date="2023-06-01")
    assert triples(G) == [("stoltenberg", "pashinyan", "meet")]
    assert G.nodes["stoltenberg"]["parent"] == "nato"
    G = gk.extract("The NATO Secretary General met Pashinyan in Brussels.", date="2023-06-01")
    assert triples(G) == [("stoltenberg", "pashinyan", "meet")]


def test_a_counterpart_is_the_holder_of_the_same_title_in_the_other_state():
    G = extract_holders(
        "Russian President Vladimir Putin met his Turkish counterpart.", date="2022-05-01"
    )
    assert triples(G) == [("putin", "erdogan", "meet")]
    G = extract_holders("Chilean President Gabriel Boric met his Peruvian counterpart.")
    assert triples(G) == [("boric", "per", "meet")]


def test_an_office_holder_comes_before_another_person_of_the_state_in_the_sentence():
    G = extract_holders(
        "Foreign Minister of the Russian Federation Sergey Lavrov welcomed the truce agreed in "
        "the statement by the President of the Republic of Azerbaijan and President of the "
        "Russian Federation.",
        date="2020-12-01",
    )
    assert [t for t in triples(G) if t[2] == "sign_agreement"] == [
        ("aliyev", "putin", "sign_agreement")
    ]


def test_non_negates_the_act_it_prefixes():
    G = gk.extract(
        "Russia took measures to guarantee the non-renewal of hostilities between Chile and Peru.",
        allow_empty=True,
    )
    assert "war" not in {t[2] for t in triples(G)}


def test_a_statement_made_by_leaders_far_after_the_noun():
    G = gk.extract(
        "The army violated the trilateral statement on the ceasefire in the Tacna border "
        "conflict zone made by the leaders of Chile, Peru and Bolivia on May 9."
    )
    # a joint statement is cooperation among its makers (round 27: was sign_agreement)
    assert len([t for t in triples(G) if t[2] == "cooperate"]) == 3


def test_a_surrender_with_no_one_named_is_to_the_other_party():
    G = gk.extract("Chile and Peru fought a war. Then Peru surrendered.")
    assert ("per", "chl", "concede") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU deplored the Azerbaijani decision.", [("eu", "aze", "disapprove")]),
        ("France criticized the Russian position on the corridor.", [("fra", "rus", "criticize")]),
    ],
)
def test_a_states_decision_or_position_is_judged_as_the_states(text, expected):
    assert triples(gk.extract(text)) == expected


def test_exchanging_fire_is_an_attack_each_way_and_exchanging_prisoners_a_concession():
    assert triples(gk.extract("Armenia and Azerbaijan exchanged fire on their border.")) == [
        ("arm", "aze", "attack"),
        ("aze", "arm", "attack"),
    ]
    assert triples(gk.extract("Armenia and Azerbaijan exchanged prisoners of war.")) == [
        ("arm", "aze", "concede"),
        ("aze", "arm", "concede"),
    ]


def test_deploying_ones_own_peacekeepers_is_no_show_of_force_at_them():
    G = gk.extract("Russia deployed peacekeepers to Nagorno-Karabakh.", allow_empty=True)
    assert "show_force" not in {t[2] for t in triples(G)}


def test_an_act_agreed_to_is_offered_not_done():
    G = gk.extract("Azerbaijan and Armenia agreed to exchange prisoners.")
    assert ("arm", "aze", "concede", "offered") in edges(G)
    assert ("aze", "arm", "concede", "offered") in edges(G)


@pytest.mark.parametrize(
    "text",
    [
        "According to Armenia's defence ministry, Azerbaijani troops opened fire on Armenian "
        "positions.",
        "Azerbaijani troops opened fire on Armenian positions, according to Armenia's defence "
        "ministry.",
    ],
)
def test_according_to_reports_before_or_after(text):
    assert edges(gk.extract(text)) == [
        ("arm", "aze", "accuse_aggression", "alleged"),
        ("aze", "arm", "attack", "alleged"),
    ]


def test_the_guests_of_a_trilateral_meeting_do_not_mediate_for_each_other():
    G = gk.extract("Charles Michel hosted Aliyev and Pashinyan for a trilateral meeting.")
    assert triples(G) == [("michel", "aliyev", "mediate"), ("michel", "pashinyan", "mediate")]


def test_an_agreement_struck_with_a_party_is_cooperation_not_a_strike():
    G = gk.extract("The separatists will disarm under an agreement struck with Azerbaijan.")
    assert triples(G) == [("separatists", "aze", "cooperate")]


def test_in_agreement_with_after_a_comma_has_the_actor_before_the_comma():
    G = gk.extract(
        "The co-chairs noted the measures taken by Russia, in agreement with Chile and Peru."
    )
    assert ("rus", "chl", "cooperate") in triples(G) and ("rus", "per", "cooperate") in triples(G)
    assert ("minsk_group", "chl", "cooperate") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru welcomed the efforts made by Brazil.", [("per", "bra", "support")]),
        ("France condemned the steps undertaken by Azerbaijan.", [("fra", "aze", "criticize")]),
    ],
)
def test_a_judgement_of_conduct_taken_by_x_is_addressed_to_x(text, expected):
    assert triples(gk.extract(text)) == expected


def test_he_is_first_the_person_named_before_in_the_same_sentence():
    G = gk.extract(
        "Bayramov spoke on Monday. Aliyev said that after what he called a constructive "
        "meeting with Pashinyan, Baku was studying the proposals."
    )
    assert triples(G) == [("aliyev", "pashinyan", "meet")]


def test_it_a_few_words_after_a_reporting_verb_and_a_parenthesised_name():
    G = gk.extract(
        "The EU announced last week it had deployed a civilian mission (EUMA) to the "
        "Armenian side of the frontier."
    )
    assert triples(G) == [("eu", "arm", "aid")]


def test_a_process_between_two_parties_supported_by_a_third_is_its_mediation():
    G = gk.extract("The normalization efforts between Chile and Peru supported by the EU continue.")
    rel = gk.relations_table(G).set_index(["source", "target", "type"])
    assert rel.loc[("eu", "chl", "mediate"), "between"] == ["chl", "per"]
    assert ("eu", "per", "mediate") in rel.index
    # a war between two sides, one of them supported by a third, is support, not mediation
    G = gk.extract("A war between Chilean forces and separatists supported by Peru broke out.")
    assert ("per", "separatists", "support") in triples(G)


def test_drawing_an_angry_reaction_from_x_is_xs_disapproval():
    G = gk.extract("Armenia's decision drew an angry reaction from Russia.")
    assert triples(G) == [("rus", "arm", "disapprove")]


def test_the_speaker_is_the_other_party_of_an_agreement_with_y():
    G = gk.extract(
        "The separatist leader said that an agreement struck with Azerbaijan will ensure "
        "free passage."
    )
    assert triples(G) == [("separatists", "aze", "cooperate")]


def test_a_finite_verb_after_a_territory_in_a_phrase_is_no_reduced_passive():
    G = gk.extract("Armenian separatists in Karabakh refused to meet Azerbaijani officials.")
    assert triples(G) == [("separatists", "aze", "reject")]


def test_no_meeting_or_mediation_between_an_actor_and_its_own_state():
    # the speaker (the US) and the minister it names are one side, not two parties
    G = gk.extract(
        "The US embassy said the visiting delegation met Secretary of State Antony Blinken on Friday.",
        allow_empty=True,
    )
    assert triples(G) == []
    # an appeal to one's own state is domestic politics and stays
    G = gk.extract(
        "Senator Bob Menendez urged the United States to impose sanctions on Azerbaijan."
    )
    assert ("menendez", "usa", "appeal") in triples(G)


def test_participle_before_its_noun_is_no_act():
    text = (
        "Georgia conducted a peacekeeping operation last year, and the talks freed 12 detained "
        "Azerbaijani soldiers."
    )
    assert triples(gk.extract(text, allow_empty=True)) == []
    quote = (
        "“We achieved a rare success in May when our country conducted a peacekeeping operation "
        "through mediation, the release of 12 detained Azerbaijani soldiers through talks and "
        "mediation,” said Georgian Prime Minister Irakli Garibashvili."
    )
    found = triples(gk.extract(quote, allow_empty=True))
    assert ("geo", "aze", "attack") not in found and ("geo", "aze", "coerce") not in found
    # the finite verb still counts, and an operation against a party is still an attack
    assert triples(gk.extract("Azerbaijan detained two Armenian soldiers.")) == [
        ("aze", "arm", "coerce")
    ]
    assert triples(gk.extract("Azerbaijan conducted an operation against Armenian positions.")) == [
        ("aze", "arm", "attack")
    ]


# -- round 5 (error analysis of dev4) ----------------------------------------------------------


def test_deescalating_tensions_between_two_parties_is_mediation():
    G = gk.extract(
        "The United States is working to de-escalate tensions between Serbia and Kosovo."
    )
    assert ("usa", "srb", "mediate") in triples(G) and ("usa", "xkx", "mediate") in triples(G)
    between = [d["between"] for u, v, d in G.edges(data=True) if d["type"] == "mediate"]
    assert [sorted(b) for b in between] == [["srb", "xkx"], ["srb", "xkx"]]
    # reducing tensions with no parties named is no mediation
    G = gk.extract("Serbia took steps to reduce tensions last year.", allow_empty=True)
    assert "mediate" not in {d["type"] for *_, d in G.edges(data=True)}


def test_expecting_a_response_from_y_is_an_appeal_to_y():
    G = gk.extract("Georgia expects a response from Russia on the proposal.")
    assert triples(G) == [("geo", "rus", "appeal")]


def test_territorial_claims_to_a_state_are_claims_of_control():
    G = gk.extract("Serbia has territorial claims on Kosovo and Montenegro.")
    assert triples(G) == [("srb", "mne", "claim"), ("srb", "xkx", "claim")]


def test_crossing_or_violating_a_states_border_is_occupation():
    G = gk.extract("Peruvian troops crossed the state border of Bolivia near the village.")
    assert triples(G) == [("per", "bol", "occupy")]
    G = gk.extract("Chile said Peruvian soldiers violated the border of Bolivia.")
    assert ("per", "bol", "occupy", "alleged") in edges(G)
    # refugees crossing into a state occupy nothing
    G = gk.extract("Refugees crossed the border into Bolivia.", allow_empty=True)
    assert triples(G) == []


def test_bringing_two_parties_together_is_mediation():
    G = gk.extract("France brought Serbia and Kosovo together in Paris.")
    assert triples(G) == [("fra", "srb", "mediate"), ("fra", "xkx", "mediate")]
    G = gk.extract(
        "Peru and Chile held talks. "
        '"We brought the two countries together in Washington," Blinken said.'
    )
    # (the speaker's own: round 31)
    assert ("blinken", "per", "mediate") in triples(G)
    assert ("blinken", "chl", "mediate") in triples(G)


def test_a_route_connecting_a_to_b_connects_both():
    G = gk.extract("The Lachin corridor connects Nagorno-Karabakh with Armenia.")
    assert triples(G) == [
        ("lachin_corridor", "arm", "connects"),
        ("lachin_corridor", "nagorno_karabakh", "connects"),
    ]
    G = gk.extract(
        "Azerbaijan closed the Lachin corridor, which links the capital of Karabakh, "
        "Stepanakert, to Armenia."
    )
    assert ("lachin_corridor", "arm", "connects") in triples(G)
    assert ("lachin_corridor", "nagorno_karabakh", "connects") in triples(G)


def test_a_deal_signed_by_a_list_in_a_relative_clause_gives_every_pair():
    G = gk.extract(
        "The treaty, which was signed by Serbia, Kosovo and Albania, took effect on Tuesday."
    )
    assert triples(G) == [
        ("srb", "alb", "sign_agreement"),
        ("srb", "xkx", "sign_agreement"),
        ("xkx", "alb", "sign_agreement"),
    ]
    G = gk.extract("The peace deal was signed by Serbia and Kosovo.")
    assert triples(G) == [("srb", "xkx", "sign_agreement")]


def test_its_before_a_nominal_act_by_an_agent_is_the_sentences_first_party():
    G = gk.extract("Tensions rose over the Lachin corridor after its blockade by Azerbaijan.")
    assert triples(G) == [("aze", "lachin_corridor", "blockade")]
    G = gk.extract("The economy of Ukraine shrank after its invasion by Russia.")
    assert triples(G) == [("rus", "ukr", "attack")]


def test_an_invitation_to_talks_is_an_offered_intent_to_meet():
    G = gk.extract("Serbia invited Kosovo for talks in Brussels.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]
    # an invitation to a place stays a consultation
    assert triples(gk.extract("Serbia invited Kosovo to Belgrade.")) == [("srb", "xkx", "consult")]


def test_a_title_case_headline_keeps_its_capital_and_trigger():
    G = gk.extract("Iran Chides Moscow Over Corridor")
    assert triples(G) == [("irn", "rus", "criticize")]
    # a capital inside a longer name is still no actor, a named corridor still a place
    G = gk.extract("The Washington Times reported that Iran chided Moscow.")
    assert triples(G) == [("irn", "rus", "criticize")]
    G = gk.extract("Azerbaijan closed the Zangezur corridor.")
    assert triples(G) == [("aze", "zangezur_corridor", "blockade")]


def test_a_preposition_inside_the_trigger_does_not_hide_the_target():
    assert triples(gk.extract("Azerbaijan fired at Armenia.")) == [("aze", "arm", "attack")]
    G = gk.extract("Azerbaijani soldiers were firing at Armenian positions.")
    assert triples(G) == [("aze", "arm", "attack")]
    # a place after a locative preposition outside the trigger is still no target
    G = gk.extract("Azerbaijan fired at a car in Armenia.", allow_empty=True)
    assert triples(G) == []


def test_preventing_y_from_acting_is_coercion_and_military_personnel_is_the_armed_forces():
    G = gk.extract(
        "The Peruvian MoD prevented the Bolivian military personnel from building a road."
    )
    assert triples(G) == [("per", "bol", "coerce")]
    G = gk.extract("Chile prevented Bolivian troops from advancing.")
    assert triples(G) == [("chl", "bol", "coerce")]


def test_a_name_before_its_title_is_a_person_and_the_speaker():
    G = gk.extract(
        "Gevorg Farsyan, Mayor of the town of Kapan, reported that Azerbaijani soldiers "
        "fired at Armenia."
    )
    assert edges(G) == [
        ("aze", "arm", "attack", "alleged"),
        ("farsyan", "aze", "accuse_aggression", "alleged"),
    ]
    assert G.nodes["farsyan"]["kind"] == "person"
    # the speaker after the act, with a hyphenated title
    G = gk.extract(
        "Azerbaijani soldiers fired at Armenia, Irina Yolyan, Vice-Mayor of Goris, reported."
    )
    assert ("yolyan", "aze", "accuse_aggression", "alleged") in edges(G)
    # the title's state is the person's parent
    G = gk.extract("Ned Price, spokesman of the United States, said Azerbaijan shelled Armenia.")
    assert ("price", "aze", "accuse_aggression", "alleged") in edges(G)
    assert G.nodes["price"]["parent"] == "usa"


def test_firing_towards_villages_in_a_territory_attacks_the_territory():
    G = gk.extract(
        "Azerbaijani soldiers were firing in the direction of three villages in the Tavush region."
    )
    # a province of the gazetteer's places is its state's: Armenia attacked, in Tavush
    assert triples(G) == [("aze", "arm", "attack")]
    assert [d["location"] for _, _, d in G.edges(data=True)] == ["Tavush region"]
    G = gk.extract("Azerbaijani soldiers fired towards the villages in the Lori region.")
    assert triples(G) == [("aze", "lori_region", "attack")]
    G = gk.extract("Azerbaijani soldiers fired towards Armenian positions.")
    assert triples(G) == [("aze", "arm", "attack")]
    # a place after "in" that follows no place noun is still a location, not the target
    G = gk.extract("Azerbaijani troops attacked a convoy in Armenia.", allow_empty=True)
    assert triples(G) == []


def test_the_world_body_is_the_un():
    G = gk.extract("Peru criticized the world body.")
    assert triples(G) == [("per", "un", "criticize")]


def test_a_visit_to_a_capital_is_a_visit_to_its_state():
    G = gk.extract("President Ilham Aliyev paid a visit to Tbilisi on Sunday.")
    assert triples(G) == [("aliyev", "geo", "consult")]
    # a capital after "flew to" stays the venue
    G = gk.extract("President Ilham Aliyev flew to Tbilisi to meet Armenia.")
    assert triples(G) == [("aliyev", "arm", "meet")]


def test_an_act_someone_was_prevented_from_is_not_done():
    G = gk.extract("Russia stopped Armenia from joining the EU.")
    assert triples(G) == [("rus", "arm", "coerce")]
    G = gk.extract("Armenia prevented Azerbaijani troops from attacking Armenian villages.")
    assert triples(G) == [("arm", "aze", "coerce")]


def test_halting_talks_is_no_negotiation():
    assert triples(gk.extract("Azerbaijan broke off negotiations with Armenia last week.")) == [
        ("aze", "arm", "halt_negotiation")
    ]
    assert triples(gk.extract("Baku walked out of the talks with Yerevan.")) == [
        ("aze", "arm", "halt_negotiation")
    ]
    stopped = gk.extract(
        "Russia stopped the talks between Armenia and Azerbaijan.", allow_empty=True
    )
    assert ("arm", "aze", "negotiate") not in triples(stopped)
    # talks that are held are still talks
    assert triples(gk.extract("Armenia and Azerbaijan held talks in Brussels.")) == [
        ("arm", "aze", "negotiate")
    ]


def test_a_long_first_line_becomes_a_title_cut_at_a_word():
    first = "Talks between the two neighbours resumed on Monday after a pause of many months " * 3
    G = gk.extract(first + "\nArmenia and Azerbaijan held talks in Brussels.")
    title = G.graph["sources"]["text-1"]["title"]
    assert title.endswith(" …") and len(title) <= 120
    assert first.startswith(title[:-2])


def test_a_state_part_of_an_organisation_is_its_member():
    G = gk.extract("Russia is part of the Minsk Group, which has mediated since 1994.")
    assert triples(G) == [("rus", "minsk_group", "member_of")]
    # a territory part of a state stays the state's sovereignty
    G = gk.extract("Karabakh is part of Azerbaijan.")
    assert triples(G) == [("aze", "nagorno_karabakh", "sovereignty")]


def test_a_possessive_qualifies_the_mediation_noun():
    G = gk.extract("Armenia and Azerbaijan held talks under Russia's mediation.")
    assert sorted(triples(G)) == [
        ("arm", "aze", "negotiate"),
        ("rus", "arm", "mediate"),
        ("rus", "aze", "mediate"),
    ]


def test_concern_about_conduct_in_a_state_judges_that_state():
    G = gk.extract("The United States expressed concern about human rights in Azerbaijan.")
    assert triples(G) == [("usa", "aze", "disapprove")]
    # a territory is not judged
    G = gk.extract("Russia voiced alarm over the situation in Karabakh.", allow_empty=True)
    assert triples(G) == []


def test_the_source_after_according_to_is_not_a_party_of_the_list_that_follows():
    G = gk.extract("According to Russia, Armenia and Azerbaijan held talks in Moscow.")
    assert triples(G) == [("arm", "aze", "negotiate")]


def test_condemning_the_violence_between_two_parties_criticizes_both():
    G = gk.extract("The United States condemned the violence between Armenia and Azerbaijan.")
    assert sorted(triples(G)) == [("usa", "arm", "criticize"), ("usa", "aze", "criticize")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the talkers are not the fighters
        (
            "Russia and Turkey discussed the fighting in a phone call.",
            [("rus", "tur", "consult"), ("tur", "rus", "consult")],
        ),
        ("France raised the tensions with Azerbaijan at the meeting.", []),
        # unless the text names the fighters
        (
            "Russia and Turkey discussed the fighting between Armenia and Azerbaijan.",
            [("arm", "aze", "war"), ("rus", "tur", "consult"), ("tur", "rus", "consult")],
        ),
        ("Armenia and Azerbaijan fought over the region.", [("arm", "aze", "war")]),
    ],
)
def test_fighting_that_is_talked_about_is_not_the_talkers_fighting(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [t for t in triples(G) if t[2] in ("consult", "war", "dispute")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The International Court of Justice ordered Azerbaijan to ensure free movement.",
            [("icj", "aze", "demand")],
        ),
        # "the court" is the court named before
        (
            "The ICJ heard the case on Monday. The court ordered Armenia to prevent incitement.",
            [("icj", "arm", "demand")],
        ),
        # "in order to" states a purpose, not an order
        ("Turkey sent troops to the border in order to help Azerbaijan.", []),
    ],
)
def test_orders_and_the_court(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [t for t in triples(G) if t[2] == "demand"] == expected


def test_a_court_the_text_places_is_not_the_court_named_before():
    G = gk.extract(
        "The ICJ heard the case on Monday. The court in Baku ordered Armenia to pay.",
        allow_empty=True,
    )
    assert ("icj", "arm", "demand") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital after "from" an envoy is the state the envoy leaves
        (
            "Armenia recalled its ambassador from Moscow for consultations.",
            [("arm", "rus", "reduce_relations")],
        ),
        # two capitals after "between" are two governments ...
        (
            "Kazakhstan offered to host talks between Baku and Yerevan.",
            [("kaz", "arm", "offer_mediation"), ("kaz", "aze", "offer_mediation")],
        ),
        # ... a capital after "in" is where something happens
        ("Aliyev met Putin in Moscow.", [("aliyev", "putin", "meet")]),
    ],
)
def test_capitals_as_governments_after_from_and_between(text, expected):
    G = gk.extract(text)
    assert [t for t in triples(G) if t[2] != "negotiate"] == expected


def test_a_route_between_two_capitals_is_no_pair_of_governments():
    G = gk.extract("Turkey praised the road between Baku and Yerevan.", allow_empty=True)
    assert ("tur", "aze", "support") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States welcomed the agreement between Armenia and Azerbaijan.",
            [("usa", "arm", "support"), ("usa", "aze", "support")],
        ),
        (
            "Turkey hailed the progress in talks between Baku and Yerevan.",
            [("tur", "arm", "support"), ("tur", "aze", "support")],
        ),
        ("France welcomed Armenia's decision.", [("fra", "arm", "support")]),
    ],
)
def test_welcoming_an_accord_between_two_parties_supports_both(text, expected):
    G = gk.extract(text)
    assert [t for t in triples(G) if t[2] == "support"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India sold artillery systems to Armenia.", [("ind", "arm", "military_aid")]),
        ("Israel supplied missiles to Azerbaijan.", [("isr", "aze", "military_aid")]),
        ("India sold rice to Armenia.", []),
    ],
)
def test_arms_deliveries_named_by_the_weapon(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert triples(G) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan seized about 200 square kilometres of Armenian territory.",
            [("aze", "arm", "occupy")],
        ),
        ("Azerbaijani troops shelled Armenian territory.", [("aze", "arm", "attack")]),
        # a shared border is no one's own land
        ("Russia and Turkey held talks at the Armenian-Azerbaijani border.", []),
    ],
)
def test_a_states_land_is_the_state_when_named_by_its_demonym(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [t for t in triples(G) if t[2] in ("occupy", "attack", "control")] == expected


def test_a_promise_is_never_made_to_the_promisers_own_state():
    G = gk.extract(
        "Aliyev vowed to restore Azerbaijan's sovereignty over the region. "
        "Aliyev pledged to sign a peace treaty with Armenia.",
        date="2023-10-05",
    )
    assert ("aliyev", "aze", "intend_cooperation") not in triples(G)
    assert ("aliyev", "arm", "intend_cooperation") in triples(G)


def test_an_object_is_not_sought_past_the_end_of_a_quotation():
    G = gk.extract(
        '"Azerbaijan is trying to justify its aggression," Armenian Foreign Ministry '
        "spokeswoman Ani Badalyan said.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[1] == "badalyan"]


@pytest.mark.parametrize(
    "denial",
    ['Azerbaijan called the accusations "absurd".', "Baku described the claims as groundless."],
)
def test_calling_an_accusation_false_denies_it(denial):
    G = gk.extract("Armenia accused Azerbaijan of shelling Jermuk. " + denial)
    assert ("aze", "arm", "deny") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan said Turkey would stand by Azerbaijan.", [("erdogan", "aze", "support")]),
        ("Iran sided with Armenia.", [("irn", "arm", "support")]),
        ("France stands with Armenia.", [("fra", "arm", "support")]),
        (
            "The condemnation of Azerbaijan by France angered Baku.",
            [("fra", "aze", "criticize")],
        ),
    ],
)
def test_multi_word_alternatives_of_the_lexicon(text, expected):
    # "side with|stand by" once read as four slots, "criticism of|condemnation of" as three
    G = gk.extract(text)
    assert [t for t in triples(G) if t[2] in ("support", "criticize")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting between Aliyev and Pashinyan was cancelled at the last minute.", []),
        ("The talks between Armenia and Azerbaijan have been postponed.", []),
        ("Aliyev met Pashinyan after the summit was cancelled.", [("aliyev", "pashinyan", "meet")]),
        # "have all called for": a perfect tense, not "had a call"
        ("The EU, the United States and Russia have all called for restraint.", []),
        (
            "Blinken held a brief call with Aliyev.",
            [("aliyev", "blinken", "consult"), ("blinken", "aliyev", "consult")],
        ),
        (
            "Blinken holds call with Aliyev",
            [("aliyev", "blinken", "consult"), ("blinken", "aliyev", "consult")],
        ),
    ],
)
def test_cancelled_events_and_calls_that_are_no_phone_calls(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert triples(G) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people named after their place, or a plural demonym in a place
        (
            "Azerbaijani officials met Karabakh Armenians.",
            [("aze", "nagorno_karabakh_population", "meet")],
        ),
        (
            "Azerbaijani officials met representatives of the Karabakh Armenians in Yevlakh.",
            [("aze", "nagorno_karabakh_population", "meet")],
        ),
        # "blocked aid" is no aid, but a blockade of those it was meant for
        (
            "Azerbaijan blocked aid to ethnic Armenians in Nagorno-Karabakh.",
            [("aze", "nagorno_karabakh_population", "blockade")],
        ),
        ("Armenia launched military action against Azerbaijan.", [("arm", "aze", "attack")]),
    ],
)
def test_karabakh_armenians_representatives_and_blocked_aid(text, expected):
    G = gk.extract(text)
    assert triples(G) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Armenian and Azerbaijani foreign ministers met in Washington.",
            [("mirzoyan", "bayramov", "meet")],
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan met in Washington.",
            [("mirzoyan", "bayramov", "meet")],
        ),
        (
            "Russian Foreign Minister Sergei Lavrov hosted his Armenian and Azerbaijani "
            "counterparts in Moscow.",
            [
                ("lavrov", "bayramov", "mediate"),
                ("lavrov", "mirzoyan", "mediate"),
                ("mirzoyan", "bayramov", "meet"),
            ],
        ),
        (
            "Iranian President Ebrahim Raisi received Armenian Prime Minister Nikol Pashinyan.",
            [("raisi", "pashinyan", "consult")],
        ),
        (
            "Armenian Foreign Minister Ararat Mirzoyan briefed his Iranian counterpart.",
            [("mirzoyan", "amir_abdollahian", "consult")],
        ),
        ("Russia and Armenia are allies in the CSTO.", [("rus", "arm", "cooperate")]),
        (
            "The Turkish and Armenian special envoys held talks in Vienna.",
            [("tur", "arm", "negotiate")],
        ),
    ],
)
def test_diplomatic_readouts(text, expected):
    G = extract_holders(text, date="2023-10-23")
    assert triples(G) == expected


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Armenia and Azerbaijan agreed. Pashinyan said the move was necessary to avoid "
            "a new war.",
            ("arm", "aze", "war"),
            ("arm", "aze", "cooperate"),
        ),
        (
            "Pashinyan has frozen Armenia's participation in the Moscow-led CSTO.",
            ("pashinyan", "arm", "reduce_relations"),
            ("pashinyan", "csto", "reduce_relations"),
        ),
    ],
)
def test_averted_wars_and_the_owner_of_frozen_ties(text, absent, present):
    G = gk.extract(text, date="2024-04-20")
    assert absent not in triples(G)
    assert present in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 38: relations that soured or worsened are a state of things, not an act:
        # the challenge sets' coders never code them, 0 of 28 readings over 1,225 articles)
        ("Relations between Yerevan and Moscow have soured.", []),
        ("Armenia's relations with Russia have deteriorated sharply.", []),
        ("Relations between Armenia and Turkey improved.", []),
        # ties said to be strained or hostile stay a dispute (as coded as often as not)
        ("Relations between Tehran and Baku were strained.", [("irn", "aze", "dispute")]),
    ],
)
def test_souring_relations_are_no_act_but_strained_ones_a_dispute(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert triples(G) == expected


def test_the_date_of_a_named_document_does_not_date_the_sentences_acts():
    G = gk.extract(
        "For eight months now, Azerbaijan has been blocking the Lachin corridor, in gross "
        "violation of the trilateral statement of November 9, 2020.",
        date="2023-08-10",
    )
    statuses = {d["type"]: d["status"] for _, _, d in G.edges(data=True)}
    assert statuses["blockade"] == "asserted"
    H = gk.extract("Azerbaijan blocked the Lachin corridor in 2020.", date="2023-08-10")
    assert {d["status"] for _, _, d in H.edges(data=True)} == {"historical"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijani armed forces opened fire at Armenian combat positions.",
            [("aze", "arm", "attack")],
        ),
        ("Armenian forces opened fire on Azerbaijani positions.", [("arm", "aze", "attack")]),
    ],
)
def test_opening_fire_at_a_target(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations between Baku and Tehran were strained after a gunman attacked the "
            "Azerbaijani embassy in Tehran.",
            [("aze", "irn", "dispute")],
        ),
        ("Armenia, after the talks, accused Azerbaijan of lying.", [("arm", "aze", "accuse")]),
        ("Iran has repeatedly warned against any attempt to cut its border with Armenia.", []),
        (
            "Iran warned Azerbaijan against any attempt to cut the border.",
            [("irn", "aze", "threaten")],
        ),
    ],
)
def test_subordinate_clause_subjects_and_warnings_against(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert triples(G) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and its ally Russia signed a deal.", ("arm", "rus", "cooperate")),
        ("Armenia's ally Russia did nothing.", ("arm", "rus", "cooperate")),
    ],
)
def test_an_ally_is_the_actor_right_after_the_noun(text, expected):
    assert expected in triples(gk.extract(text))
    G = gk.extract("France and its partners condemned Azerbaijan.", allow_empty=True)
    assert ("fra", "aze", "cooperate") not in triples(G)


def test_unable_to_negates_and_facilitating_between_is_mediation():
    G = gk.extract(
        "The ICRC had been unable to bring aid through the Lachin corridor since July. "
        "As a neutral intermediary, the ICRC has also facilitated the transfer of detainees "
        "and the return of remains between Armenia and Azerbaijan.",
        date="2023-09-18",
    )
    assert triples(G) == [("icrc", "arm", "mediate"), ("icrc", "aze", "mediate")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance is no actor: "pro-Armenian", "Armenia's position"
        (
            "France, which has openly taken a pro-Armenian position, has lost its role as a "
            "neutral mediator.",
            [],
        ),
        ("Azerbaijani forces shelled Armenian positions.", [("aze", "arm", "attack")]),
        (
            "Armenian positions near Sotk came under fire from Azerbaijani forces.",
            [("aze", "arm", "attack")],
        ),
        ("Armenia came under heavy shelling by Azerbaijani troops.", [("aze", "arm", "attack")]),
        (
            "The illegal Armenian armed formations carried out provocations against the "
            "Azerbaijani Army positions.",
            [("separatists", "aze", "attack")],  # (round 29: as the dev set's coders code them)
        ),
    ],
)
def test_stances_positions_and_coming_under_fire(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan categorically rejected the groundless accusations voiced by the French "
            "foreign ministry against Azerbaijan.",
            ("aze", "fra", "deny"),
        ),
        ("Baku rejected accusations by France.", ("aze", "fra", "deny")),
        ("Baku rejected France's accusations.", ("aze", "fra", "deny")),
    ],
)
def test_a_denial_names_the_accuser_after_by(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CSTO, which includes Russia, Armenia and Belarus, did not respond.",
            [
                ("arm", "csto", "member_of"),
                ("blr", "csto", "member_of"),
                ("rus", "csto", "member_of"),
            ],
        ),
        (
            "Armenia, a member of the Russia-led CSTO, asked the bloc for help.",
            [("arm", "csto", "member_of"), ("rus", "csto", "member_of")],
        ),
        # one is a member of a body, not of a state
        ("The EU's statement includes Armenia.", []),
    ],
)
def test_members_of_bodies(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [t for t in triples(G) if t[2] == "member_of"] == expected


# -- round 7: relations stated by noun phrases --------------------------------------------------


def test_a_possessive_is_the_agent_of_the_noun_it_qualifies():
    # the possessor of another noun ("the ministry's statement about ...") is not the agent
    G = gk.extract(
        "Turkey criticized the Russian Foreign Ministry's statement about the ongoing "
        "blockade of Karabakh."
    )
    # (round 37: the blockade itself, named with no doer, is Azerbaijan's)
    assert triples(G) == [("aze", "nagorno_karabakh", "blockade"), ("tur", "rus", "criticize")]
    # the possessor right before the act is its agent, even after a preposition
    G = gk.extract("Iran objected to Moscow's backing of Baku's demand for a road through Armenia.")
    assert triples(G) == [
        ("aze", "arm", "demand"),
        ("irn", "rus", "disapprove"),
        ("rus", "aze", "support"),
    ]
    # an act in a topic phrase ("complained about the shelling") is not the subject's act
    G = gk.extract("Georgia complained about the continued shelling of Armenia.")
    assert ("geo", "arm", "attack") not in triples(G)


def test_under_a_demonym_or_possessor_control_is_that_states_control():
    G = gk.extract("By the autumn, Shusha had come under full Azerbaijani control.")
    assert triples(G) == [("aze", "shusha", "control")]
    G = gk.extract("Fizuli remained under Armenia's military control for years.")
    assert triples(G) == [("arm", "fuzuli", "control")]
    # "under the agreement to control ...": a verb, not the noun of "under X control"
    G = gk.extract(
        "Russian peacekeepers would act under the agreement to control the Lachin corridor."
    )
    assert triples(G) == [("rus_peacekeepers", "lachin_corridor", "control")]


def test_a_call_stated_of_both_alike_is_a_consultation_each_way():
    G = gk.extract("A phone conversation between Blinken and Lavrov took place on Friday.")
    assert triples(G) == [("blinken", "lavrov", "consult"), ("lavrov", "blinken", "consult")]
    G = gk.extract("Macron met Scholz in Paris. The two leaders later spoke by telephone.")
    assert ("scholz", "macron", "consult") in triples(G)
    # "X spoke with Y": X is the one who called
    assert triples(gk.extract("Blinken spoke with Lavrov by phone.")) == [
        ("blinken", "lavrov", "consult")
    ]


def test_the_chairs_of_a_body_are_its_members_not_its_mediators():
    G = gk.extract(
        "The Minsk Group, co-chaired by Russia, France and the United States, met in Vienna."
    )
    assert triples(G) == [
        ("fra", "minsk_group", "member_of"),
        ("rus", "minsk_group", "member_of"),
        ("usa", "minsk_group", "member_of"),
    ]
    # a body inside a phrase is not the one chaired; no one mediates for it either
    G = gk.extract(
        "Armenia wants peace talks within a format of the OSCE chaired by Russia and France.",
        allow_empty=True,
    )
    assert [t for t in triples(G) if t[2] in ("mediate", "member_of")] == []
    # talks chaired by X are still X's mediation
    G = gk.extract("Armenia and Azerbaijan held talks chaired by the EU.")
    assert ("eu", "arm", "mediate") in triples(G)


def test_talks_proposed_by_a_third_party_are_its_appeal_to_the_parties():
    G = gk.extract(
        "Serbia and Kosovo clashed again in May. The truce held after the talks advocated "
        "by the European Union."
    )
    assert ("eu", "srb", "appeal") in triples(G) and ("eu", "xkx", "appeal") in triples(G)
    # proposed talks are not yet held: no negotiation between the parties from them
    G = gk.extract("Armenia rejected the negotiations proposed by Russia.")
    assert triples(G) == [("rus", "arm", "appeal")]


def test_a_place_after_around_or_along_is_where_not_whom():
    G = gk.extract(
        "Georgia and Armenia keep accusing each other of sniper attacks around Nagorno-Karabakh."
    )
    assert edges(G) == [
        ("arm", "geo", "accuse_aggression", "alleged"),
        ("arm", "geo", "attack", "alleged"),
        ("geo", "arm", "accuse_aggression", "alleged"),
        ("geo", "arm", "attack", "alleged"),
    ]


def test_a_speaker_after_a_comma_who_says_that_speaks_of_what_follows():
    # "On Monday, X announced that ...": the words after "that" are X's (not '"...," X said')
    G = gk.extract(
        "On Monday last week, Pashinyan announced that a plan had been drafted during his meeting "
        "with Aliyev."
    )
    assert triples(G) == [("pashinyan", "aliyev", "meet")]


def test_the_possessor_of_a_meeting_is_its_party_and_a_late_of_phrase_its_patient():
    G = gk.extract("The deal was agreed during Pashinyan's meeting with Aliyev in Prague.")
    assert triples(G) == [("pashinyan", "aliyev", "meet")]
    G = gk.extract("The blockade by Azerbaijan of the Lachin corridor continued for months.")
    assert triples(G) == [("aze", "lachin_corridor", "blockade")]


def test_a_state_after_in_is_where_talks_are_held_not_a_party():
    G = gk.extract("Azerbaijan invited Armenia for talks in Georgia.")
    assert triples(G) == [("aze", "arm", "intend_cooperation")]


def test_an_act_noun_after_compound_modifiers_is_nominal():
    # "the months-long blockade": a noun, whose doer is not the subject of "condemned"
    G = gk.extract("Armenia condemned the months-long blockade of Karabakh.", allow_empty=True)
    # (round 37: not Armenia's; named with no doer, Azerbaijan's)
    assert triples(G) == [("aze", "nagorno_karabakh", "blockade")]
    # and its "by" phrase is the doer
    G = gk.extract("Refugees fled after a 10-month blockade of Karabakh by Azerbaijan.")
    assert triples(G) == [("aze", "nagorno_karabakh", "blockade")]


def test_a_body_chaired_by_states_may_be_named_by_an_apposition():
    # "a group within the OSCE" stands for the Minsk Group before the comma, not the OSCE
    G = gk.extract(
        "Armenia wants talks within the Minsk Group, a group within the OSCE chaired by "
        "Russia and France."
    )
    assert triples(G) == [("fra", "minsk_group", "member_of"), ("rus", "minsk_group", "member_of")]


def test_a_list_in_apposition_to_the_co_chairs_of_a_body_are_its_members():
    expected = [
        ("fra", "minsk_group", "member_of"),
        ("rus", "minsk_group", "member_of"),
        ("usa", "minsk_group", "member_of"),
    ]
    G = gk.extract(
        "The co-chairs of the Minsk Group, Russia, France and the United States, issued a "
        "statement."
    )
    assert triples(G) == expected
    G = gk.extract(
        "Talks were held within the Minsk Group, whose co-chairs are Russia, France and the "
        "United States."
    )
    assert triples(G) == expected
    # one actor before a comma is no list: "In Moscow, the co-chairs ..."
    G = gk.extract("In Moscow, the co-chairs of the Minsk Group met.", allow_empty=True)
    assert triples(G) == []


def test_a_territory_after_in_is_the_target_of_an_attack_with_no_other():
    G = gk.extract("Thousands fled after the Azerbaijani military offensive in Nagorno-Karabakh.")
    assert triples(G) == [("aze", "separatists", "attack")]
    # a state after "in" is where it happened, not the target
    G = gk.extract("The Azerbaijani attacks in Armenia killed two.", allow_empty=True)
    assert triples(G) == []


def test_the_issuer_of_a_statement_may_be_named_in_the_header_title(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(
        "title: Statement of the Ministry of Foreign Affairs of Armenia\n---\n"
        "The ICJ ordered Azerbaijan to reopen the road. We call on Azerbaijan to comply.\n",
        encoding="utf-8",
    )
    G = gk.extract(path)
    appeals = [(u, v) for u, v, d in G.edges(data=True) if d["type"] == "appeal"]
    assert appeals == [("arm", "aze")]


# -- round 7: intentions, offers, promises ------------------------------------------------------


def test_readiness_or_hope_to_sign_is_an_offered_intent_towards_the_counterpart():
    G = gk.extract("Serbia is ready to sign a peace treaty with Kosovo by December.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]
    G = gk.extract("Belgrade reaffirmed its readiness to sign the agreed document with Pristina.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]
    G = gk.extract("Serbia expressed hope for signing a peace agreement with Kosovo soon.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]


def test_two_parties_willing_to_negotiate_each_intend_it_towards_the_other():
    G = gk.extract("Serbia and Kosovo are willing to negotiate.")
    assert edges(G) == [
        ("srb", "xkx", "intend_cooperation", "offered"),
        ("xkx", "srb", "intend_cooperation", "offered"),
    ]


def test_ready_for_talks_with_no_partner_named_is_towards_the_other_party_of_the_pair():
    G = gk.extract("Serbia and Kosovo signed a peace treaty. Serbia is ready for further talks.")
    assert edges(G) == [
        ("srb", "xkx", "intend_cooperation", "offered"),
        ("srb", "xkx", "sign_agreement", "asserted"),
    ]


def test_prepared_to_host_is_an_offer_not_a_passive_and_the_talks_stay_the_parties():
    G = gk.extract("Hungary is prepared to host talks between Serbia and Kosovo.")
    assert edges(G) == [
        ("hun", "srb", "offer_mediation", "offered"),
        ("hun", "xkx", "offer_mediation", "offered"),
    ]  # (round 36: the talks offered are not held)


def test_a_promise_is_offered_and_a_planned_signing_stays_a_signing():
    G = gk.extract("Serbia promised to sign an agreement with Kosovo.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]
    G = gk.extract("Serbia will sign a peace treaty with Kosovo.")
    assert edges(G) == [("srb", "xkx", "sign_agreement", "planned")]


def test_talks_one_is_invited_to_or_offered_are_not_held():
    G = gk.extract("Serbia invited Kosovo for talks in Hungary.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]
    G = gk.extract("Serbia offered Kosovo a peace deal.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]
    G = gk.extract("Serbia put forward a proposal for talks with Kosovo.")
    assert edges(G) == [("srb", "xkx", "intend_cooperation", "offered")]


def test_an_agreement_aimed_at_is_not_reached_and_helping_to_reach_one_is_mediation():
    G = gk.extract("Serbia and Kosovo aim to reach an agreement by May.", allow_empty=True)
    assert edges(G) == []
    G = gk.extract("Serbia and Kosovo managed to reach an agreement on trade.")
    assert edges(G) == [("srb", "xkx", "cooperate", "asserted")]
    G = gk.extract("Hungary helped Serbia and Kosovo reach a deal.")
    assert edges(G) == [
        ("hun", "srb", "mediate", "asserted"),
        ("hun", "xkx", "mediate", "asserted"),
    ]


def test_an_agreement_to_recognize_is_offered_recognition_each_way():
    G = gk.extract("Serbia and Kosovo agreed to mutually recognize each other's borders.")
    assert edges(G) == [
        ("srb", "xkx", "cooperate", "asserted"),
        ("srb", "xkx", "recognize", "offered"),
        ("xkx", "srb", "recognize", "offered"),
    ]


def test_commitment_to_a_states_territorial_integrity_recognizes_it_unless_it_failed():
    G = gk.extract("Serbia reaffirmed its commitment to the territorial integrity of Kosovo.")
    assert edges(G) == [("srb", "xkx", "recognize", "asserted")]
    G = gk.extract("Serbia respects the sovereignty of Kosovo.")
    assert edges(G) == [("srb", "xkx", "recognize", "asserted")]
    G = gk.extract(
        "Serbia's failure to respect the sovereignty of Kosovo angered Hungary.", allow_empty=True
    )
    assert ("srb", "xkx", "recognize") not in triples(G)


def test_a_reported_meeting_stays_asserted_with_its_reporter_and_a_reported_attack_is_alleged():
    G = gk.extract("Hungary said Serbia and Kosovo held talks in Budapest.")
    assert [(u, v, d["type"], d["status"], d["reported_by"]) for u, v, d in G.edges(data=True)] == [
        ("srb", "xkx", "negotiate", "asserted", "hun")
    ]
    G = gk.extract("Hungary said Serbia shelled Kosovo.")
    assert ("srb", "xkx", "attack", "alleged") in edges(G)


def test_would_marks_a_future_act_as_planned():
    G = gk.extract("Hungary said it would host talks between Serbia and Kosovo next month.")
    assert {d["status"] for *_, d in G.edges(data=True)} == {"planned"}


def test_a_headline_infinitive_or_be_to_is_a_planned_act():
    assert edges(gk.extract("Serbia and Kosovo to Start Peace Talks")) == [
        ("srb", "xkx", "negotiate", "planned")
    ]
    assert edges(gk.extract("Serbia and Kosovo are to meet in Brussels.")) == [
        ("srb", "xkx", "meet", "planned")
    ]


def test_a_list_inside_a_prepositional_phrase_is_no_subject_of_a_later_act():
    # "with Hungary, Austria and Slovenia" are not the ones who meet "at the summit"
    G = gk.extract("Serbia cancelled a meeting with Hungary, Austria and Slovenia at the summit.")
    assert triples(G) == [
        ("srb", "aut", "halt_negotiation"),
        ("srb", "hun", "halt_negotiation"),
        ("srb", "svn", "halt_negotiation"),
    ]


def test_readiness_for_coordination_of_two_states_is_each_ones_offered_intent():
    G = gk.extract(
        "The two ministers confirmed their readiness for close coordination of the actions "
        "of Serbia and Hungary."
    )
    assert edges(G) == [
        ("hun", "srb", "intend_cooperation", "offered"),
        ("srb", "hun", "intend_cooperation", "offered"),
    ]
    G = gk.extract("Serbia coordinated its position with Hungary.")
    assert edges(G) == [("srb", "hun", "cooperate", "asserted")]


def test_an_act_after_a_later_reporting_verb_is_said_not_asked_for():
    G = gk.extract(
        "Hungary urged Serbia and Kosovo to stop the fighting and stated it would help "
        "the two countries reach a deal."
    )
    assert [e for e in edges(G) if e[0] == "hun"] == [
        ("hun", "srb", "appeal", "asserted"),
        ("hun", "srb", "mediate", "planned"),
        ("hun", "xkx", "appeal", "asserted"),
        ("hun", "xkx", "mediate", "planned"),
    ]


def test_a_leader_ready_to_sign_intends_it_towards_the_other_state_of_the_pair():
    G = gk.extract(
        "Armenia and Azerbaijan held talks in Brussels. "
        "Pashinyan said he was ready to sign the agreed document."
    )
    assert edges(G) == [
        ("arm", "aze", "negotiate", "asserted"),
        ("pashinyan", "aze", "intend_cooperation", "offered"),
    ]


def test_cooperation_refused_on_a_condition_is_a_demand_on_the_one_named_in_it():
    G = gk.extract("Serbia said there would be no talks if Kosovo continues to insist on it.")
    assert edges(G) == [("srb", "xkx", "demand", "asserted")]
    G = gk.extract("Serbia will not sign a peace deal unless Kosovo withdraws its police.")
    assert edges(G) == [("srb", "xkx", "demand", "asserted")]
    G = gk.extract("Serbia did not sign the deal with Kosovo.", allow_empty=True)
    assert edges(G) == []


def test_talks_or_a_meeting_in_what_was_agreed_to_are_offered():
    # (the talks agreed to are the relation, not a cooperation besides: round 20)
    assert edges(gk.extract("Serbia and Kosovo agreed to continue talks.")) == [
        ("srb", "xkx", "negotiate", "offered"),
    ]
    G = gk.extract(
        "Serbia and Kosovo agreed to expedite their work and to organize another meeting soon."
    )
    assert ("srb", "xkx", "meet", "offered") in edges(G)


def test_readiness_or_an_offer_to_help_two_parties_is_an_offer_of_mediation():
    G = gk.extract("Hungary is ready to help Serbia and Kosovo reach a peace deal.")
    assert edges(G) == [
        ("hun", "srb", "offer_mediation", "offered"),
        ("hun", "xkx", "offer_mediation", "offered"),
    ]
    G = gk.extract("Hungary expressed its readiness to host talks between Serbia and Kosovo.")
    assert ("hun", "srb", "offer_mediation", "offered") in edges(G)
    # the broker's offer is no intent of the parties: their deal stays an offered signing
    G = gk.extract("Hungary offered to broker a deal between Serbia and Kosovo.")
    assert ("srb", "xkx", "sign_agreement", "offered") in edges(G)
    assert "intend_cooperation" not in {t for _, _, t in triples(G)}


def test_a_vow_to_retaliate_is_a_threat_and_a_proposed_ceasefire_an_offered_intent():
    assert edges(gk.extract("Russia vowed to retaliate against Ukraine.")) == [
        ("rus", "ukr", "threaten", "asserted")
    ]
    assert edges(gk.extract("Serbia pledged to support Kosovo.")) == [
        ("srb", "xkx", "intend_cooperation", "offered"),
        ("srb", "xkx", "support", "offered"),
    ]
    assert edges(gk.extract("Serbia proposed a ceasefire to Kosovo.")) == [
        ("srb", "xkx", "intend_cooperation", "offered")
    ]


def test_two_parties_pledging_together_each_promise_the_other():
    assert edges(gk.extract("Serbia and Kosovo pledged to work towards a lasting peace.")) == [
        ("srb", "xkx", "intend_cooperation", "offered"),
        ("xkx", "srb", "intend_cooperation", "offered"),
    ]


def test_the_ceasefire_an_accusation_says_was_violated_is_itself_no_allegation():
    G = gk.extract(
        "Armenia and Azerbaijan accused each other of violating the Russian-brokered "
        "ceasefire agreement in Karabakh."
    )
    assert ("arm", "aze", "ceasefire", "asserted") in edges(G)
    assert ("arm", "aze", "accuse_aggression", "alleged") in edges(G)


@pytest.mark.parametrize(
    "text",
    [
        "Raisi said Iran is ready to help resolve the disputes between Azerbaijan and Armenia.",
        "Lavrov said the fighting between Armenia and Azerbaijan must stop.",
    ],
)
def test_a_report_of_a_mutual_fight_accuses_neither_side(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("accuse", "accuse_aggression")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenians fled the mountainous region of Nagorno-Karabakh, which Azerbaijan had "
            "blockaded for nine months.",
            [("aze", "nagorno_karabakh", "blockade")],
        ),
        # "that" after a verb opens what is said, not a relative clause
        ("Nebenzya denied that Russia and Turkey backed different sides.", []),
    ],
)
def test_the_antecedent_of_a_relative_pronoun_is_the_object(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [t for t in triples(G) if t[2] in ("blockade", "support")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baku rejected the claims by France.", [("aze", "fra", "deny")]),
        # (Sotk, a town of the gazetteer, is in Armenia: the attack is on Armenia)
        (
            "Armenia claims Azerbaijan attacked Sotk.",
            [("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")],
        ),
        ("Azerbaijani troops executed a group of Armenian soldiers.", [("aze", "arm", "attack")]),
    ],
)
def test_reporting_nouns_executions_and_ruling_out(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [t for t in triples(G) if t[2] in ("deny", "accuse_aggression", "attack")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "press conference" is a noun compound, not "press" (urge)
        (
            "He made the remarks at a joint press conference with his Armenian counterpart "
            "Ararat Mirzoyan.",
            [],
        ),
        ("Blinken pressed Aliyev to reopen the road.", [("blinken", "aliyev", "appeal")]),
        (
            "Vladimir Putin's trip to the Republic of Azerbaijan marked the beginning.",
            [("putin", "aze", "consult")],
        ),
        (
            "Russia stated that it welcomes discussions between Turkey and Armenia.",
            [("rus", "arm", "support"), ("rus", "tur", "support"), ("tur", "arm", "negotiate")],
        ),
    ],
)
def test_press_conferences_trips_and_discussions(text, expected):
    assert triples(gk.extract(text, date="2023-12-28", allow_empty=True)) == expected


def test_envoys_from_a_state_are_that_states():
    G = gk.extract(
        "Special envoys from Turkey and Armenia will meet for the first time in Moscow.",
        date="2022-01-05",
    )
    assert triples(G) == [("tur", "arm", "meet")]
    # troops "from" a place may be where they leave
    G = gk.extract("Russia withdrew troops from Armenia.", allow_empty=True)
    assert ("arm", "rus", "concede") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ALSO READ: Azerbaijan, Armenia swap prisoners of war",
            [("arm", "aze", "concede"), ("aze", "arm", "concede")],
        ),
        ("Armenia, Azerbaijan agree to improve bilateral relations", [("arm", "aze", "cooperate")]),
        (
            "France, Germany condemn Azerbaijan",
            [("deu", "aze", "criticize"), ("fra", "aze", "criticize")],
        ),
        # an apposition is no list
        ("Turkey, Azerbaijan's closest ally, welcomed the deal.", [("aze", "tur", "cooperate")]),
    ],
)
def test_a_headlines_comma_between_two_names_is_and(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


def test_taking_part_in_trilateral_talks_makes_a_participant_not_a_mediator():
    G = gk.extract("Pashinyan took part in trilateral talks with Putin and Aliyev.")
    assert triples(G) == [
        ("pashinyan", "aliyev", "meet"),
        ("pashinyan", "putin", "meet"),
        ("putin", "aliyev", "meet"),
    ]
    # with the conflict's two sides known, the one outside them mediates
    G = gk.extract(
        "Armenia and Azerbaijan clashed on the border. Pashinyan took part in trilateral "
        "talks with Putin and Aliyev."
    )
    assert ("putin", "pashinyan", "mediate") in triples(G)
    assert ("pashinyan", "aliyev", "negotiate") in triples(G)


def test_the_corridor_is_the_route_named_before_not_the_region():
    G = gk.extract(
        "The Lachin corridor links Armenia to Nagorno-Karabakh. Azerbaijan has blockaded "
        "the corridor since December.",
        date="2023-07-01",
    )
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    assert ("aze", "nagorno_karabakh", "blockade") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the blockade a request asks to end is going on
        (
            "Cyprus urged Azerbaijan to end its blockade of the Lachin corridor.",
            [("aze", "lachin_corridor", "blockade"), ("cyp", "aze", "appeal")],
        ),
        # the one it asks to impose is not
        ("France urged Azerbaijan to impose a blockade on Armenia.", [("fra", "aze", "appeal")]),
    ],
)
def test_a_request_to_end_an_act_presupposes_it(text, expected):
    assert triples(gk.extract(text, date="2023-07-01")) == expected


def test_a_military_confrontation_between_two_states_is_war():
    G = gk.extract("Another military confrontation between Azerbaijan and Armenia broke out.")
    assert triples(G) == [("aze", "arm", "war")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia alleged that Azerbaijan attacked its positions.",
            [("arm", "aze", "accuse"), ("aze", "arm", "attack")],
        ),
        (
            "Armenia and Azerbaijan have been at loggerheads over the region since 1988.",
            [("arm", "aze", "dispute")],
        ),
        (
            "The crisis put a strain on the relationship between Armenia and Russia.",
            [("arm", "rus", "dispute")],
        ),
        # the war of a text is its two sides', not the last pair it named together
        (
            "Armenia and Azerbaijan are at odds over the region. Dozens of trucks sent by "
            "Armenia and France are waiting. The situation has been tense since the war.",
            [("arm", "aze", "dispute"), ("arm", "aze", "war")],
        ),
    ],
)
def test_allegations_disputes_and_the_sides_of_a_war(text, expected):
    G = gk.extract(text, date="2023-09-01")
    assert [t for t in triples(G) if t[2] != "humanitarian_aid"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov held talks in Moscow on Wednesday with Bayramov.",
            [("lavrov", "bayramov", "negotiate")],
        ),
        (
            "Earlier this month, Lavrov spoke by phone with his Armenian counterpart Ararat "
            "Mirzoyan.",
            # (round 40: the one who spoke with another consulted them; the coders code that
            # direction only, 37 of 40 times in the read sets)
            [("lavrov", "mirzoyan", "consult")],
        ),
        (
            "Lavrov met Bayramov on Monday. The two ministers discussed the treaty.",
            [
                ("bayramov", "lavrov", "consult"),
                ("lavrov", "bayramov", "consult"),
                ("lavrov", "bayramov", "meet"),
            ],
        ),
        ("The EU discussed the situation in Karabakh.", []),
    ],
)
def test_readouts_partners_past_adjuncts_and_discussions(text, expected):
    assert triples(gk.extract(text, date="2022-08-31", allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. Secretary of State Antony Blinken called Aliyev and urged him to cease "
            "hostilities.",
            [("blinken", "aliyev", "appeal"), ("blinken", "aliyev", "consult")],
        ),
        # (no call: a naming, whose charge is Pashinyan's; round 33)
        (
            "Pashinyan called the move a provocation by Azerbaijan.",
            [("pashinyan", "aze", "accuse")],
        ),
        (
            "Azerbaijan launched an attack with artillery and drones on several Armenian towns.",
            [("aze", "arm", "attack")],
        ),
        (
            "Azerbaijani troops shelled Armenian villages in Karabakh.",
            [("aze", "separatists", "attack")],
        ),
    ],
)
def test_phone_calls_and_a_states_towns(text, expected):
    G = gk.extract(text, date="2022-09-13", allow_empty=True)
    assert [t for t in triples(G) if t[2] != "criticize"] == expected


def test_a_verb_coordinated_with_a_reporting_verb_shares_its_subject():
    G = gk.extract(
        "Armenian Prime Minister Nikol Pashinyan said 49 of his country's soldiers had been "
        "killed and appealed to the Collective Security Treaty Organization for help.",
        date="2022-09-13",
    )
    assert triples(G) == [("pashinyan", "csto", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union condemns the military escalation by Azerbaijan in "
            "Nagorno-Karabakh.",
            [("eu", "aze", "criticize")],
        ),
        (
            "France criticized the decision by Armenia to leave the CSTO.",
            [("fra", "arm", "criticize")],
        ),
    ],
)
def test_the_doer_of_a_judged_deed_follows_by(text, expected):
    G = gk.extract(text, date="2023-09-19")
    assert [t for t in triples(G) if t[2] == "criticize"] == expected


def test_welcoming_the_normalisation_of_relations_between_two_supports_both():
    G = gk.extract("Russia welcomed the normalization of ties between Turkey and Armenia.")
    assert [t for t in triples(G) if t[2] == "support"] == [
        ("rus", "arm", "support"),
        ("rus", "tur", "support"),
    ]


def test_we_in_a_spokeswomans_briefing_is_her_state(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text(
        "title: Briefing by Foreign Ministry Spokeswoman Maria Zakharova\ndate: 2023-06-14\n"
        "---\nWe call on Baku and Yerevan to show restraint.\n",
        encoding="utf-8",
    )
    assert triples(gk.extract(path)) == [("rus", "arm", "appeal"), ("rus", "aze", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France, Russia and the US condemned Azerbaijan.",
            [("fra", "aze", "criticize"), ("rus", "aze", "criticize"), ("usa", "aze", "criticize")],
        ),
        # a call with no addressee is not addressed to the callers' own list
        ("France, Russia and US call for immediate truce in Nagorno-Karabakh", []),
        ("The US attack on Iran was condemned.", [("usa", "irn", "attack")]),
    ],
)
def test_an_abbreviated_name_in_a_list_of_names_is_a_name(text, expected):
    assert triples(gk.extract(text, date="2020-10-02", allow_empty=True)) == expected


def test_the_towns_of_a_state_named_after_of_are_the_states():
    G = gk.extract(
        "Azerbaijan forces started firing in the direction of the southern Armenian towns of "
        "Goris, Kapan, and Jermuk.",
        date="2022-09-13",
    )
    assert triples(G) == [("aze", "arm", "attack")]


def test_the_un_s_highest_court_is_the_icj_and_direct_is_no_order():
    G = gk.extract("The United Nations' highest court ordered Azerbaijan to reopen the road.")
    assert triples(G) == [("icj", "aze", "demand")]
    G = gk.extract("France called for direct talks to resolve the dispute.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "demand"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Armenia said it was ready for talks following calls for a truce from the presidents "
            "of France and Russia.",
            ("arm", "rus", "appeal"),
        ),
        (
            "Armenia and Azerbaijan held talks with the OSCE Minsk Group.",
            ("arm", "minsk_group", "control"),
        ),
    ],
)
def test_callers_after_from_and_bodies_are_not_held(text, absent):
    assert absent not in triples(gk.extract(text, date="2020-10-02", allow_empty=True))


def test_a_progressive_verb_coordinated_with_a_finite_one_shares_its_subject():
    G = gk.extract(
        "Azerbaijan has reportedly shelled the homes of civilians in Artsakh and is now "
        "attacking Armenia's border.",
        date="2022-09-13",
    )
    assert ("aze", "arm", "attack") in triples(G)
    assert ("nagorno_karabakh_population", "arm", "attack") not in triples(G)


# -- review of round 7 ------------------------------------------------------------------------


def test_the_noun_group_is_no_membership_verb():
    # the lexicon row join had "group" (the verb: "the format groups A and B") and read the noun
    # as well: "a working group with Armenia" made Armenia a member of the OSCE
    G = gk.extract(
        "The OSCE set up a working group with Armenia. Azerbaijan criticized the OSCE.",
        allow_empty=True,
    )
    assert triples(G) == [("aze", "osce", "criticize")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 7 put "bring_together" in the lexicon row join (membership), whose longer
        # trigger then won over the row bring_together: a state that brings two others
        # together had no relation at all (a state has no members)
        (
            "Russia brought together Armenia and Azerbaijan in Moscow.",
            [("rus", "arm", "mediate"), ("rus", "aze", "mediate")],
        ),
        # a body that brings states together has them as members
        (
            "The CSTO brings together Russia, Armenia and Belarus.",
            [
                ("arm", "csto", "member_of"),
                ("blr", "csto", "member_of"),
                ("rus", "csto", "member_of"),
            ],
        ),
    ],
)
def test_bringing_together_is_mediation_by_a_state_and_membership_of_a_body(text, expected):
    assert triples(gk.extract(text)) == expected


def test_mentions_of_a_sentence_stay_inside_it():
    # "X Armenians" (the people of territory X) looked at the word after X up to the end of
    # the whole text, not of the sentence: a sentence ending in "Karabakh" took the next
    # sentence's first word "Armenians" into its mention
    from graphlib_kb.extract.actors import Registry, find_mentions
    from graphlib_kb.extract.gazetteer import build_gazetteer
    from graphlib_kb.extract.lexicon import read_lexicon
    from graphlib_kb.extract.pipeline import get_pipeline

    gazetteer = build_gazetteer()
    pipe = get_pipeline(gazetteer, tuple(read_lexicon()))
    doc = pipe.nlp("Aid reached Karabakh Armenians fled")
    end = 3  # the first sentence: "Aid reached Karabakh"
    mentions = find_mentions(
        doc, 0, end, Registry(gazetteer), pipe.head_norms, [e for e in doc.ents if e.end <= end]
    )
    assert [(m.start, m.end, m.actor) for m in mentions] == [(2, 3, "nagorno_karabakh")]
    whole = find_mentions(doc, 0, len(doc), Registry(gazetteer), pipe.head_norms, list(doc.ents))
    assert [(m.start, m.end, m.actor) for m in whole] == [(2, 4, "nagorno_karabakh_population")]


def test_a_title_after_a_comma_is_read_inside_the_sentence_only():
    # _titles_of read the five words after "Lavrov," past the end of the sentence, so the
    # next sentence's "Prime Minister" became Lavrov's title and "the prime minister" him
    G = gk.extract(
        "Aliyev received Lavrov, twice. Prime Minister's office staff were absent. "
        "The prime minister criticized Armenia."
    )
    assert triples(G) == [("aliyev", "lavrov", "consult")]


def test_a_reverse_trigger_after_to_is_still_read():
    # the check for "under the agreement to control" (a "to" inside the match of under_control)
    # looked at the word before the match end's last two tokens, which for a one-word
    # trigger is the word before the trigger: "continued to anger" had no relation
    G = gk.extract("Azerbaijan continued to anger Russia.")
    assert triples(G) == [("rus", "aze", "disapprove")]
    # (the "to" inside the match still drops "under ... control":
    # test_under_a_demonym_or_possessor_control_is_that_states_control checks it)


def test_own_state_accusations_risks_of_war_and_held_bodies():
    G = gk.extract(
        "Armenia's prime minister accused a Moscow-dominated security alliance of leaving his "
        "country in the cold in the face of a threat of renewed hostilities with Azerbaijan.",
        date="2023-02-07",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] in ("accuse", "threaten")]
    G = gk.extract(
        "Nagorno-Karabakh has been under the control of ethnic Armenian forces backed by Armenia."
    )
    assert ("arm", "separatists", "control") not in triples(G)
    assert ("separatists", "nagorno_karabakh", "control") in triples(G)


def test_a_sentence_opening_they_is_the_list_that_was_the_subject_before():
    G = gk.extract(
        "France, Russia and the United States are co-chairs of the OSCE Minsk Group. They "
        "appealed for peace. They urged Armenia and Azerbaijan to resume negotiations.",
        date="2020-10-02",
    )
    appeals = sorted((u, v) for u, v, d in G.edges(data=True) if d["type"] == "appeal")
    assert {u for u, _ in appeals} == {"fra", "rus", "usa"}
    assert ("usa", "arm") in appeals and ("fra", "aze") in appeals


def test_a_plural_title_of_a_list_of_states_is_each_holder():
    G = extract_holders(
        "The presidents of France, Russia and the United States met in Paris.", date="2019-11-01"
    )
    people = {u for u, v, d in G.edges(data=True)} | {v for u, v, d in G.edges(data=True)}
    assert {"macron", "putin", "trump"} <= people


@pytest.mark.parametrize(
    "title", ["The UN Secretary-General", "The Secretary-General of the United Nations"]
)
def test_a_hyphenated_title_is_its_holder(title):
    G = gk.extract(title + " urged Azerbaijan to act.", date="2024-04-20")
    assert triples(G) == [("guterres", "aze", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia withdrew its troops from Azerbaijan.", [("arm", "aze", "concede")]),
        ("Russia withdrew its FSB Border Guards from the new border.", []),
    ],
)
def test_what_one_withdraws_of_its_own_is_not_the_other_side(text, expected):
    assert triples(gk.extract(text, date="2024-04-20", allow_empty=True)) == expected


def test_the_subject_of_an_absolute_with_clause():
    G = extract_holders(
        "Many fear an uncertain future, with Armenia's prime minister accusing Azerbaijan of "
        "initiating ethnic cleansing in the region.",
        date="2023-09-28",
    )
    assert triples(G) == [("pashinyan", "aze", "accuse_war_crimes")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States suspended military aid to Azerbaijan.",
            [("usa", "aze", "reduce_relations")],
        ),
        (
            # ("its troops" are the denier's: Armenia's claim accuses Azerbaijan)
            "Azerbaijan denied Armenian claims that its troops had crossed the border.",
            [("arm", "aze", "accuse"), ("aze", "arm", "deny")],
        ),
        (
            "Armenia's ombudsman said Azerbaijani soldiers had tortured Armenian prisoners.",
            [("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")],
        ),
    ],
)
def test_suspended_aid_denied_claims_and_torture(text, expected):
    assert triples(gk.extract(text, date="2023-10-05")) == expected


def test_agreed_with_a_place_phrase_before_to_is_an_offer():
    G = gk.extract(
        "Aliyev and Pashinyan agreed in Prague to recognise each other's territorial integrity.",
        date="2023-10-05",
    )
    statuses = {(u, v, d["type"]): d["status"] for u, v, d in G.edges(data=True)}
    assert statuses[("aliyev", "arm", "recognize")] == "offered"  # (round 36: the state)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lachin corridor remains closed by Azerbaijan.",
            [("aze", "lachin_corridor", "blockade")],
        ),
        (
            "Nagorno-Karabakh is claimed by both Armenia and Azerbaijan.",
            [("arm", "nagorno_karabakh", "claim"), ("aze", "nagorno_karabakh", "claim")],
        ),
        ("Nagorno-Karabakh lies within Azerbaijan.", [("aze", "nagorno_karabakh", "sovereignty")]),
        ("Armenia is still part of the CSTO.", [("arm", "csto", "member_of")]),
    ],
)
def test_passive_closure_and_claim_and_adverbial_part_of(text, expected):
    assert triples(gk.extract(text, date="2023-10-05")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's charge of an attack with no target: the attack is on the accuser's state
        (
            "Armenia accused Azerbaijan of the shelling.",
            [("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")],
        ),
        # "as X appealed" opens a new clause: X is not the target of the shelling
        (
            "Armenia accused Azerbaijan of shelling as Blinken appealed to end the fight.",
            # (his appeal to end the fight goes to the two who fight)
            [
                ("arm", "aze", "accuse_aggression"),
                ("aze", "arm", "attack"),
                ("blinken", "arm", "appeal"),
                ("blinken", "aze", "appeal"),
            ],
        ),
        # a third party's charge names no victim
        (
            "Human Rights Watch accused Azerbaijan of shelling.",
            [("hrw", "aze", "accuse_aggression")],
        ),
    ],
)
def test_an_accusation_of_attacking_without_a_target(text, expected):
    assert triples(gk.extract(text, date="2022-09-13")) == expected


def test_the_speaker_about_an_x_brokered_truce_is_no_party_to_it():
    G = gk.extract(
        "Azerbaijan shelled Armenia on Tuesday. Blinken appealed to end the fight that "
        "threatens to undermine a Russia-brokered ceasefire.",
        date="2022-09-13",
    )
    assert triples(G) == [
        ("aze", "arm", "attack"),
        ("blinken", "arm", "appeal"),
        ("blinken", "aze", "appeal"),
        ("rus", "arm", "mediate"),
        ("rus", "aze", "mediate"),
    ]
    with pytest.raises(ExtractionEmpty):
        gk.extract("Blinken welcomed the Russia-brokered ceasefire.", date="2022-09-13")


def test_an_actor_is_never_paired_with_itself():
    # the envoy "of Turkey" and Turkey are one party: no meeting of the envoy with himself
    # (this sentence once made extract() fail with "source and target are the same actor")
    G = gk.extract(
        "Talks between Turkey and Armenia went on. During the meeting, Ambassador Serdar Kılıç "
        "of Turkey and Ruben Rubinyan of Armenia reaffirmed their commitment.",
        date="2023-07-30",
    )
    assert all(u != v for u, v in G.edges())
    assert ("tur", "arm", "negotiate") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Another exchange of prisoners took place between Armenia and Azerbaijan.",
            [("arm", "aze", "concede"), ("aze", "arm", "concede")],
        ),
        (
            "The prisoner swap between Armenia and Azerbaijan was the third.",
            [("arm", "aze", "concede"), ("aze", "arm", "concede")],
        ),
        (
            "Armenia and Azerbaijan accused one another of initiating the shelling.",
            [("arm", "aze", "accuse_aggression"), ("aze", "arm", "accuse_aggression")],
        ),
        (
            "Aliyev and Pashinyan met in Brussels on the invitation of Charles Michel.",
            [
                ("aliyev", "pashinyan", "meet"),
                ("michel", "aliyev", "mediate"),
                ("michel", "pashinyan", "mediate"),
            ],
        ),
        (
            "Aliyev and Pashinyan met in Brussels. The meeting was arranged by Charles Michel.",
            [
                ("aliyev", "pashinyan", "meet"),
                ("michel", "aliyev", "mediate"),
                ("michel", "pashinyan", "mediate"),
            ],
        ),
        # one visitor at someone's invitation is a visit, not mediation
        ("Pashinyan visited Paris at the invitation of Macron.", [("pashinyan", "fra", "consult")]),
        # "organised by" is hosting only for a meeting or talks
        (
            "Aliyev and Pashinyan met. The attack was organised by Russia.",
            [("aliyev", "pashinyan", "meet")],
        ),
    ],
)
def test_prisoner_exchanges_one_another_and_hosted_meetings(text, expected):
    assert triples(gk.extract(text, date="2022-10-31")) == expected


def test_trilateral_talks_of_three_are_mediated_by_the_one_outside_the_conflict():
    talks = (
        "Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian "
        "Prime Minister Nikol Pashinyan held trilateral talks in Sochi on Monday."
    )
    G = gk.extract("Armenia and Azerbaijan fought a war in 2020. " + talks, date="2022-10-31")
    assert triples(G) == [
        ("aliyev", "pashinyan", "negotiate"),
        ("arm", "aze", "war"),
        ("putin", "aliyev", "mediate"),
        ("putin", "pashinyan", "mediate"),
    ]
    # with no pair set against each other before, the three just talk
    assert triples(gk.extract(talks, date="2022-10-31")) == [
        ("aliyev", "pashinyan", "negotiate"),
        ("putin", "aliyev", "negotiate"),
        ("putin", "pashinyan", "negotiate"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia accused Azerbaijan of ethnic cleansing. Baku, however, denies the claim.",
            [("arm", "aze", "accuse_war_crimes"), ("aze", "arm", "deny")],
        ),
        (
            "The CSTO is a military alliance made up of Russia, Armenia and Belarus.",
            [
                ("arm", "csto", "member_of"),
                ("blr", "csto", "member_of"),
                ("rus", "csto", "member_of"),
            ],
        ),
        (
            "Iran is ready to help pave the way for the settlement of disputes between Armenia "
            "and Azerbaijan.",
            [
                ("arm", "aze", "dispute"),
                ("irn", "arm", "offer_mediation"),
                ("irn", "aze", "offer_mediation"),
            ],
        ),
        (
            "Azerbaijan launched an operation against Karabakh troops.",
            [("aze", "separatists", "attack")],
        ),
        # a "campaign against" someone is not an armed attack
        (
            "Pashinyan accused Russia of waging a propaganda campaign against him.",
            [("pashinyan", "rus", "accuse")],
        ),
    ],
)
def test_parenthetical_however_made_up_of_help_settle_and_operations(text, expected):
    assert triples(gk.extract(text, date="2023-10-05")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own Security Council is that state's, not the UN's
        (
            "Armen Grigoryan, the secretary of Armenia's Supreme National Security Council, "
            "hailed Iran's call.",
            [("armen_grigoryan", "irn", "support")],
        ),
        ("The Security Council of Armenia criticised Azerbaijan.", [("arm", "aze", "criticize")]),
        (
            "France urged the Security Council to act.",
            [("fra", "un_security_council", "appeal")],
        ),
        # "the two countries" are two states, not two persons named in the same sentence
        (
            "Armenia and Azerbaijan agreed to a mission. This is stated in a statement issued after "
            "negotiations between the two countries, led by President Macron and President "
            "Michel of the European Council.",
            [
                ("arm", "aze", "cooperate"),
                ("arm", "aze", "negotiate"),
                ("macron", "arm", "mediate"),
                ("macron", "aze", "mediate"),
                ("michel", "arm", "mediate"),
                ("michel", "aze", "mediate"),
            ],
        ),
        # "land south of X" is beside X
        (
            "Azerbaijani forces recaptured land south of Nagorno-Karabakh, including the towns of "
            "Jabrayil and Fizuli.",
            [("aze", "fuzuli", "occupy"), ("aze", "jabrayil", "occupy")],
        ),
    ],
)
def test_national_security_councils_two_countries_and_places_beside(text, expected):
    assert triples(gk.extract(text, date="2020-11-25")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aliyev and Pashinyan met only through the mediation of Vladimir Putin.",
            [
                ("aliyev", "pashinyan", "meet"),
                ("putin", "aliyev", "mediate"),
                ("putin", "pashinyan", "mediate"),
            ],
        ),
        (
            "Armenia and Azerbaijan held talks under the auspices of the OSCE.",
            [("arm", "aze", "negotiate"), ("osce", "arm", "mediate"), ("osce", "aze", "mediate")],
        ),
        ("Azerbaijan shot down a Russian helicopter.", [("aze", "rus", "attack")]),
        ("Baku extradited five Armenian prisoners of war.", [("aze", "arm", "concede")]),
        (
            "Aliyev spoke at a joint press conference with NATO Secretary General Jens Stoltenberg.",
            [("aliyev", "stoltenberg", "meet")],
        ),
        (
            "Putin, Aliyev and Pashinyan adopted a joint statement.",
            [
                ("aliyev", "pashinyan", "cooperate"),
                ("putin", "aliyev", "cooperate"),
                ("putin", "pashinyan", "cooperate"),
            ],
        ),
    ],
)
def test_mediation_through_auspices_aircraft_extradition_and_press_conferences(text, expected):
    assert triples(gk.extract(text, date="2021-05-14")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two a text has as allies are not the sides of a war it leaves unnamed
        (
            "Turkey is sending mercenaries to Azerbaijan to help it in its conflict with Armenia "
            "that has brought both countries to the brink of war. The fighting continued "
            "overnight.",
            [("tur", "aze", "military_aid")],
        ),
        (
            "Armenia and Azerbaijan clashed on Monday. The fighting continued overnight.",
            [("arm", "aze", "war"), ("arm", "aze", "war")],
        ),
        # naming someone a threat is criticism; a participle after a comma keeps the subject
        (
            'Erdogan threw his support behind Baku, calling Armenia "the biggest threat to peace".',
            [("erdogan", "arm", "criticize"), ("erdogan", "aze", "support")],
        ),
        (
            "Pashinyan called Aliyev to discuss the threat of a new war.",
            [("pashinyan", "aliyev", "consult")],
        ),
        # what a call asks for is not done
        (
            "Pashinyan made a call to the European Union to block Turkey from becoming involved.",
            [("pashinyan", "eu", "appeal")],
        ),
    ],
)
def test_allies_are_no_war_pair_naming_and_calls_to_act(text, expected):
    assert triples(gk.extract(text, date="2020-09-28")) == expected


def test_a_numbered_statement_is_its_ministrys_and_untargeted_provocations_are_charges():
    G = gk.extract(
        "No:438/23, Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan\n"
        "We consider the continuation of armed provocations by Armenia a policy of "
        "manipulation.\nWe call on Armenia to abide by its obligations.",
        date="2023-08-17",
    )
    assert triples(G) == [("aze", "arm", "accuse_aggression"), ("aze", "arm", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conversation is held by both; a call is the caller's
        (
            "Pashinyan had a phone call with Putin.",
            [("pashinyan", "putin", "consult"), ("putin", "pashinyan", "consult")],
        ),
        ("Aliyev called Pashinyan.", [("aliyev", "pashinyan", "consult")]),
        # only a state is sovereign over land
        (
            "Azerbaijani forces opened fire on Armenian positions located in the Gegharkunik "
            "region.",
            [("aze", "arm", "attack")],
        ),
        # an agentless blockade in a sentence that blames one state is that state's
        (
            "Armenia condemned the aggressive behaviour of Azerbaijan, accompanied by the "
            "illegal blockade of the Lachin corridor.",
            [
                ("arm", "aze", "accuse_aggression"),  # condemned aggressive behaviour
                ("arm", "aze", "criticize"),
                ("aze", "lachin_corridor", "blockade"),
            ],
        ),
    ],
)
def test_conversations_sovereigns_and_blamed_blockades(text, expected):
    assert triples(gk.extract(text, date="2023-09-01")) == expected


def test_we_in_a_quotation_is_the_last_speakers_not_the_last_person_named():
    G = gk.extract(
        'French Foreign Minister Jean-Noel Barrot added as follows: "President Aliyev must '
        "refrain from hostilities. We welcome Azerbaijan's stated commitment to restore gas "
        'supplies and we call on Azerbaijan to follow through."',
        date="2023-09-28",
    )
    # "we" is Barrot (not Aliyev, the last person named), and "stated" after "Azerbaijan's"
    # is an adjective: Azerbaijan is no speaker
    assert triples(G) == [
        ("barrot", "aliyev", "demand"),
        ("barrot", "aze", "appeal"),
        ("barrot", "aze", "support"),
    ]


def test_the_parties_of_a_joint_declaration_of_a_b_and_c_are_a_b_and_c_only():
    G = extract_holders(
        "The aide said France did not play any role in the adoption of the joint declaration "
        "of the presidents of Azerbaijan, Russia, and the prime minister of Armenia.",
        date="2020-11-12",
    )
    assert triples(G) == [
        ("aliyev", "pashinyan", "sign_agreement"),
        ("aliyev", "putin", "sign_agreement"),
        ("putin", "pashinyan", "sign_agreement"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian military drills near Azerbaijan worried Baku.", [("irn", "aze", "show_force")]),
        (
            "Diplomatic relations between Iran and Azerbaijan are strained.",
            [("irn", "aze", "dispute")],
        ),
        ("Iran and Azerbaijan normally enjoy good relations.", [("irn", "aze", "cooperate")]),
        (
            "Israel, a major supplier of arms to Azerbaijan, came under diplomatic fire from "
            "Armenia over the struggle.",
            [("arm", "isr", "criticize"), ("isr", "aze", "military_aid")],
        ),
    ],
)
def test_drills_near_relations_arms_suppliers_and_diplomatic_fire(text, expected):
    assert triples(gk.extract(text, date="2021-10-05")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma closes an opening phrase: the Russian side is no third party to the truce
        (
            "The day before, as a result of consultations held in Moscow on the initiative of "
            "the Russian side, Azerbaijan and Armenia agreed on a ceasefire.",
            [("aze", "arm", "ceasefire")],
        ),
        # a list after an opening phrase is still a list
        (
            "In a statement, France, Germany and Italy urged Azerbaijan to stop.",
            [("deu", "aze", "appeal"), ("fra", "aze", "appeal"), ("ita", "aze", "appeal")],
        ),
    ],
)
def test_an_opening_phrase_ends_before_the_subject_list(text, expected):
    assert triples(gk.extract(text, date="2020-10-11")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armenia is in the infinitive's clause, not criticised
        (
            "France criticised the plan to build a pipeline through Armenia. Russia shelled Georgia.",
            [("rus", "geo", "attack")],
        ),
        # an infinitive that is an act of its own keeps the object ("to expel Armenia")
        (
            "Russia condemned the decision to expel Armenia.",
            [("rus", "arm", "criticize"), ("rus", "arm", "reduce_relations")],
        ),
    ],
)
def test_an_infinitive_clause_keeps_its_object(text, expected):
    assert triples(gk.extract(text, date="2023-12-07")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan announced it was starting to carry out limited anti-terrorist measures in "
            "Nagorno-Karabakh.",
            [("aze", "separatists", "attack")],
        ),
        (
            "Azerbaijan launched a military operation in Nagorno-Karabakh.",
            [("aze", "separatists", "attack")],
        ),
        # a humanitarian operation is no attack
        (
            "The ICRC conducted a humanitarian operation in Nagorno-Karabakh. Russia shelled Georgia.",
            [("rus", "geo", "attack")],
        ),
        (
            "The session was attended by Vladimir Putin, Kassym-Jomart Tokayev and Alexander "
            "Lukashenko.",
            [
                ("putin", "lukashenko", "meet"),
                ("putin", "tokayev", "meet"),
                ("tokayev", "lukashenko", "meet"),
            ],
        ),
        ("Aliyev praised the Turkish-Azerbaijani alliance.", [("tur", "aze", "cooperate")]),
    ],
)
def test_operations_in_a_territory_attendance_and_alliances(text, expected):
    assert triples(gk.extract(text, date="2023-09-20")) == expected


def test_unnamed_clashes_after_two_leaders_are_between_their_states():
    G = gk.extract(
        "Aliyev and Pashinyan met in Munich. Both nations claim deaths from border clashes. "
        "Blinken met individually with both presidents.",
        date="2024-02-18",
    )
    assert triples(G) == [
        ("aliyev", "pashinyan", "meet"),
        ("aze", "arm", "war"),
        ("blinken", "aliyev", "meet"),
        ("blinken", "pashinyan", "meet"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ceasefire negotiated by US Secretary of State Mike Pompeo between Armenia and "
            "Azerbaijan collapsed.",
            [
                ("arm", "aze", "ceasefire"),
                ("pompeo", "arm", "mediate"),
                ("pompeo", "aze", "mediate"),
            ],
        ),
        # the brokers named together are no pair of parties (and made no truce of their own)
        (
            "Armenia and Azerbaijan fought. It follows two ceasefires brokered by fellow OSCE "
            "Minsk Group co-chairs Russia and France.",
            [
                # (the truces were the fighting pair's, not their brokers'; the co-chairs
                # the sentence names are the group's members)
                ("arm", "aze", "ceasefire"),
                ("arm", "aze", "war"),
                ("fra", "arm", "mediate"),
                ("fra", "aze", "mediate"),
                ("fra", "minsk_group", "member_of"),
                ("rus", "arm", "mediate"),
                ("rus", "aze", "mediate"),
                ("rus", "minsk_group", "member_of"),
            ],
        ),
        (
            "A ceasefire agreement was signed between Armenia, Russia and Azerbaijan.",
            [
                ("arm", "aze", "sign_agreement"),
                ("arm", "rus", "sign_agreement"),
                ("rus", "aze", "sign_agreement"),
            ],
        ),
    ],
)
def test_truces_negotiated_or_brokered_by_and_agreements_signed_between(text, expected):
    assert triples(gk.extract(text, date="2020-10-26")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Sochi, Russia": where the summit is, not a mediator; the one outside the pair the
        # text has set against each other mediates
        (
            "Armenia and Azerbaijan fought in 2020. In the city of Sochi, Russia, the trilateral "
            "summit between Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev "
            "and Armenian Prime Minister Nikol Pashinyan took place.",
            [
                ("aliyev", "pashinyan", "meet"),
                ("arm", "aze", "war"),
                ("putin", "aliyev", "mediate"),
                ("putin", "pashinyan", "mediate"),
            ],
        ),
        (
            "Russia, Azerbaijan and Armenia issued a joint statement.",
            [("aze", "arm", "cooperate"), ("rus", "arm", "cooperate"), ("rus", "aze", "cooperate")],
        ),
    ],
)
def test_a_trilateral_summit_between_three_and_joint_statements_issued(text, expected):
    assert triples(gk.extract(text, date="2021-11-26")) == expected


def test_an_institutions_name_is_no_persons_name():
    # "Ombudsman" is a title, but "Office" no surname: no person "Office"
    G = gk.extract(
        "The Ombudsman Office condemned the killing of civilians. Armenia shelled Azerbaijan.",
        date="2021-06-05",
    )
    assert "office" not in G
    assert triples(G) == [("arm", "aze", "attack")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Azerbaijan fought in 2020. The war ended with a Russian-brokered ceasefire.",
            [
                ("arm", "aze", "ceasefire"),
                ("arm", "aze", "war"),
                ("arm", "aze", "war"),  # (fought, and the war that ended: two statements)
                ("rus", "arm", "mediate"),
                ("rus", "aze", "mediate"),
            ],
        ),
        (
            "Armenia and Azerbaijan fought in 2020. A truce hastily brokered by Russia helped end "
            "the fighting.",
            [
                ("arm", "aze", "ceasefire"),
                ("arm", "aze", "war"),
                ("rus", "arm", "mediate"),
                ("rus", "aze", "mediate"),
            ],
        ),
        # a violated truce is no truce made
        (
            "Armenia and Azerbaijan fought in 2020. Armenia violated the ceasefire.",
            [("arm", "aze", "violate_ceasefire"), ("arm", "aze", "war")],
        ),
    ],
)
def test_a_brokered_truce_is_also_the_truce_of_the_pair(text, expected):
    assert triples(gk.extract(text, date="2021-09-10")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, Armenia said Azerbaijan shelled Armenian positions.",
        "Azerbaijan shelled Armenian positions, Armenia said.",
    ],
)
def test_an_opening_phrase_before_the_speaker_is_not_what_was_said(text):
    assert edges(gk.extract(text, date="2022-09-13")) == [
        ("arm", "aze", "accuse_aggression", "alleged"),
        ("aze", "arm", "attack", "alleged"),
    ]


# -- towns and villages -------------------------------------------------------------------------


def located(G):
    return sorted((u, v, d["type"], d.get("location")) for u, v, d in G.edges(data=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target of an attack on a town is the state or territory it lies in
        ("Armenia shelled Ganja on Sunday.", [("arm", "aze", "attack", "Ganja")]),
        (
            "Azerbaijani forces attacked the town of Hadrut.",
            [("aze", "separatists", "attack", "Hadrut")],
        ),
        (
            "Armenian forces fired rockets at Mingachevir.",
            [("arm", "aze", "attack", "Mingachevir")],
        ),
        ("Azerbaijan captured Hadrut.", [("aze", "nagorno_karabakh", "occupy", "Hadrut")]),
        # a town after a locative preposition is where something happens
        (
            "Aliyev and Pashinyan held talks in Goris.",
            [("aliyev", "pashinyan", "negotiate", "Goris")],
        ),
        # the authorities seated in a town act through its name
        (
            "Stepanakert accused Baku of shelling villages.",
            [("separatists", "aze", "accuse_aggression", None)],
        ),
        # a road named by its two ends is the road
        (
            "The Azerbaijani side blocked the Stepanakert-Goris road.",
            [("aze", "lachin_corridor", "blockade", None)],
        ),
        # a town's name before a plural noun qualifies it
        (
            "Armenia agreed to cede four Tavush villages to Azerbaijan.",
            # (and the villages it cedes are still its own, round 26)
            [("arm", "aze", "concede", None), ("arm", "qazax_villages", "control", None)],
        ),
    ],
)
def test_towns_stand_for_their_state_or_territory(text, expected):
    assert located(gk.extract(text, date="2022-09-13")) == expected


def test_a_town_is_no_actor_of_its_own():
    # a visit to a town is no relation with its state; a town does no act
    assert triples(gk.extract("Blinken visited Goris.", allow_empty=True)) == []
    G = gk.extract("Ganja came under fire from Armenian positions.", allow_empty=True)
    assert triples(G) == [("arm", "aze", "attack")]
    # one who speaks of the shelling of his own state's town is not its attacker
    G = gk.extract(
        "Aliyev described the shelling of Ganja as a war crime.",
        date="2020-10-17",
        allow_empty=True,
    )
    assert [e for e in triples(G) if e[2] == "attack"] == []
    # the town of a speaker's title is not the speaker
    G = gk.extract(
        "Azerbaijani soldiers crossed the state border of Armenia, Irina Yolyan, "
        "Vice-Mayor of Goris, reported."
    )
    assert ("yolyan", "aze", "accuse") in triples(G)


@pytest.mark.parametrize(
    "phrase",
    [
        "the two post-Soviet states",
        "the two ex-Soviet rivals",
        "the conflict parties",
        "the two Caucasus neighbours",
        "the belligerents",
    ],
)
def test_descriptions_of_the_pair_stand_for_it(phrase):
    # "post-Soviet" describes the pair; it does not date the appeal to Soviet times
    G = gk.extract(
        f"Armenia and Azerbaijan clashed on the border. Russia urged {phrase} to talk.",
        date="2022-09-13",
    )
    assert [e for e in edges(G) if e[0] == "rus"] == [
        ("rus", "arm", "appeal", "asserted"),
        ("rus", "aze", "appeal", "asserted"),
    ]


def test_an_organisation_that_judges_the_war_is_no_side_of_it():
    G = gk.extract(
        "Armenia and Azerbaijan clashed on the border. The United Nations accused Azerbaijan "
        "of aggression. The United Nations again accused Azerbaijan of aggression against "
        "Armenia. Russia called on the conflicting sides to stop the bloodshed.",
        date="2022-09-13",
    )
    assert [e for e in triples(G) if e[0] == "rus"] == [
        ("rus", "arm", "appeal"),
        ("rus", "aze", "appeal"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinated subject acting "with" a third: each of them with it, not each other
        (
            "Azerbaijan and Turkey may normalize relations with Armenia.",
            [("aze", "arm", "negotiate"), ("tur", "arm", "negotiate")],
        ),
        # ... but a meeting "with" a third is a meeting of all three
        (
            "Aliyev and Erdogan met with Putin.",
            [
                ("aliyev", "erdogan", "meet"),
                ("aliyev", "putin", "meet"),
                ("erdogan", "putin", "meet"),
            ],
        ),
        # an adjunct after a comma names no party; a topic's "with" is the topic's
        (
            "Aliyev and Pashinyan held talks in Brussels, with Michel in attendance.",
            [("aliyev", "pashinyan", "negotiate")],
        ),
        (
            "Aliyev and Erdogan discussed relations with Armenia.",
            [("aliyev", "erdogan", "consult"), ("erdogan", "aliyev", "consult")],
        ),
        # conditions that "are met" are fulfilled, not a meeting
        (
            "Turkey and Azerbaijan will open borders with Armenia if the provisions are met.",
            [("aze", "arm", "concede"), ("tur", "arm", "concede")],
        ),
        # the one who welcomes a meeting of others is none of its parties
        (
            "Guterres welcomed the meeting of Russia, Armenia and Azerbaijan.",
            [
                ("arm", "aze", "meet"),
                ("guterres", "arm", "support"),
                ("guterres", "aze", "support"),
                ("guterres", "rus", "support"),
                ("rus", "arm", "meet"),
                ("rus", "aze", "meet"),
            ],
        ),
    ],
)
def test_coordinated_subjects_with_a_third_and_meetings_of_others(text, expected):
    assert triples(gk.extract(text, date="2021-09-24")) == expected


def test_an_information_note_of_a_ministry_has_its_issuer():
    G = gk.extract(
        "No:12/21, Information of the Press Service Department of the Ministry of Foreign "
        "Affairs of the Republic of Azerbaijan\n\nIn recent days, provocations have been "
        "committed by Armenia. The tension is yet another provocation of Armenia.",
        date="2021-11-10",
    )
    # (the provocation "of Armenia" is also the act itself, alleged, on the issuer's state)
    assert edges(G) == [
        ("arm", "aze", "attack", "alleged"),
        ("aze", "arm", "accuse_aggression", "alleged"),
        ("aze", "arm", "accuse_aggression", "alleged"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one "of" whom a provocation is, is its agent
        (
            "The tension is another provocation of Armenia against Azerbaijan.",
            [("arm", "aze", "attack")],
        ),
        ("Armenia committed a provocation against Azerbaijan.", [("arm", "aze", "attack")]),
        # a sentence may open with the act's noun
        (
            "Intensive shelling of Azerbaijani positions in Kalbajar by Armenian forces continued.",
            [("arm", "aze", "attack")],
        ),
    ],
)
def test_provocations_and_acts_named_by_their_nouns(text, expected):
    assert triples(gk.extract(text, date="2021-11-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one called on stands before what it is asked to do
        (
            "Armenia called on the international community to condemn Azerbaijan's attacks.",
            [],
        ),
        ("Armenia called on the EU to condemn the attacks.", [("arm", "eu", "appeal")]),
        ("Armenia sent a request to the CSTO.", [("arm", "csto", "appeal")]),
        # "refrain from" an act negates it
        (
            "Armenia and Azerbaijan clashed. Russia called on the sides to refrain from attacks "
            "on each other.",
            [("arm", "aze", "war"), ("rus", "arm", "appeal"), ("rus", "aze", "appeal")],
        ),
        # aggressive actions are attacks; the possessor of "X's A and B actions" is the agent
        (
            "Armenia said Azerbaijan's aggressive actions continued.",
            [("arm", "aze", "accuse_aggression")],
        ),
        (
            "Mirzoyan spoke of Azerbaijan's provocative and aggressive actions against Armenia.",
            [("aze", "arm", "attack")],
        ),
    ],
)
def test_appeals_refraining_and_aggressive_actions(text, expected):
    G = gk.extract(text, date="2022-09-13", allow_empty=True)
    assert triples(G) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third party's efforts for peace between two are mediation; a party's are not
        (
            "Iran will continue its efforts to ensure lasting peace between Armenia and "
            "Azerbaijan.",
            [("irn", "arm", "mediate"), ("irn", "aze", "mediate")],
        ),
        (
            "Armenia continues its efforts to establish peace between Armenia and Azerbaijan.",
            [],
        ),
        (
            "Pashinyan praised the efforts of Russia to ensure peace between Armenia and "
            "Azerbaijan.",
            [("pashinyan", "rus", "support"), ("rus", "arm", "mediate"), ("rus", "aze", "mediate")],
        ),
        # an offensive's aim is what it attacks; "take back" is no backing
        (
            "Azerbaijan launched an offensive to take back full control of Nagorno-Karabakh.",
            [("aze", "nagorno_karabakh", "control"), ("aze", "separatists", "attack")],
        ),
        (
            "Azerbaijan launches 'anti-terrorist operation' in Nagorno-Karabakh.",
            [("aze", "separatists", "attack")],
        ),
        # exchanges of fire along a border named by its two sides; reports as a topic
        (
            "Guterres is concerned about reports of exchanges of fire along the "
            "Armenia-Azerbaijan international border.",
            [("arm", "aze", "attack"), ("aze", "arm", "attack")],
        ),
        # a call over the phone; a journey is a visit when nothing else is done there
        (
            "Putin and Aliyev spoke over the phone.",
            [("aliyev", "putin", "consult"), ("putin", "aliyev", "consult")],
        ),
        ("Lavrov travelled to Armenia.", [("lavrov", "arm", "consult")]),
        ("Aliyev flew to Russia for talks with Putin.", [("aliyev", "putin", "consult")]),
    ],
)
def test_peace_efforts_offensives_border_fire_calls_and_journeys(text, expected):
    G = gk.extract(text, date="2023-09-20", allow_empty=True)
    assert triples(G) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who lives in a territory, stated by a description of it
        (
            "Nagorno-Karabakh is home to 120,000 ethnic Armenians.",
            [("nagorno_karabakh_population", "nagorno_karabakh", "inhabit")],
        ),
        (
            "Azerbaijan attacked the Armenian-populated enclave of Nagorno-Karabakh.",
            [
                ("aze", "separatists", "attack"),
                ("nagorno_karabakh_population", "nagorno_karabakh", "inhabit"),
            ],
        ),
        (
            "Ethnic Armenians living in Nagorno-Karabakh fled.",
            [("nagorno_karabakh_population", "nagorno_karabakh", "inhabit")],
        ),
        # "home to 150,000 people" says nothing of who they are
        ("Nagorno-Karabakh is home to 150,000 people.", []),
        # a people said to hold land is the text's separatists; the apposition's head is held
        (
            "The point of contention is Nagorno-Karabakh, internationally recognized as part "
            "of Azerbaijan but controlled by ethnic Armenians.",
            [
                ("aze", "nagorno_karabakh", "sovereignty"),
                ("separatists", "nagorno_karabakh", "control"),
            ],
        ),
    ],
)
def test_inhabitants_and_the_people_who_hold_land(text, expected):
    G = gk.extract(text, date="2023-09-20", allow_empty=True)
    assert triples(G) == expected
    for _, _, d in G.edges(data=True):
        assert d["spans"]  # the evidence of a stated population is its words too


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces and officials of a territory are those who govern it (the gazetteer's
        # `authority`): the separatists for Nagorno-Karabakh, Azerbaijan for Nakhchivan
        (
            # (the town shelled is its people's, round 44)
            "The Nagorno-Karabakh army said Azerbaijan shelled Stepanakert.",
            [
                ("aze", "nagorno_karabakh_population", "attack"),
                ("separatists", "aze", "accuse_aggression"),
            ],
        ),
        ("Nakhchivan's army attacked Armenia.", [("aze", "arm", "attack")]),
        # a territory that lies in a state is that state's
        ("Nagorno-Karabakh lies in Azerbaijan.", [("aze", "nagorno_karabakh", "sovereignty")]),
        ("The problem lies in Azerbaijan's refusal to talk.", []),
    ],
)
def test_the_authorities_of_a_territory_and_where_it_lies(text, expected):
    assert triples(gk.extract(text, date="2020-10-05", allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Minister of Foreign Affairs of X Name" is a titled person like "Foreign Minister"
        (
            "Minister of Foreign Affairs of Armenia Ararat Mirzoyan and Minister of Foreign "
            "Affairs of Azerbaijan Jeyhun Bayramov held negotiations.",
            [("mirzoyan", "bayramov", "negotiate")],
        ),
        # ("as for the US" keeps its list: "for" of the title is no filler word)
        (
            "The co-chairs, Igor Popov of Russia, Stephane Visconti of France and Andrew "
            "Schofer as for the US, spoke on the conflict between Azerbaijan and Armenia. The "
            "co-chairs call for an immediate cessation of hostilities.",
            [
                ("aze", "arm", "dispute"),
                ("minsk_group", "arm", "appeal"),
                ("minsk_group", "aze", "appeal"),
            ],
        ),
        # taken prisoner / captive
        (
            "Six Armenian soldiers were taken prisoner by Azerbaijani troops.",
            [("aze", "arm", "coerce")],
        ),
        (
            "Six Armenian servicemen were taken captive by Azerbaijani troops.",
            [("aze", "arm", "coerce")],
        ),
    ],
)
def test_long_titles_and_captives(text, expected):
    assert triples(gk.extract(text, date="2020-10-02", allow_empty=True)) == expected


def test_a_report_after_by_is_the_subjects_own():
    # "by saying" reports (the seed article's s6); "concerned about reports of" does not
    G = gk.extract(
        "Azerbaijan justified the closure by saying that the Armenian Red Cross had used its "
        "vehicles for smuggling.",
        date="2023-07-15",
    )
    assert edges(G) == [("aze", "arm_red_cross", "accuse_crime", "alleged")]


# -- round 10 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # "each other of V-ing": each party's act, done to the other (not to the place named)
        (
            "Peru and Chile accused each other of violating the truce.",
            [
                ("chl", "per", "accuse_aggression", "alleged"),
                ("chl", "per", "violate_ceasefire", "alleged"),
                ("per", "chl", "accuse_aggression", "alleged"),
                ("per", "chl", "violate_ceasefire", "alleged"),
            ],
        ),
        (
            "Peru and Chile fought a war in 1879. The sides traded blame for violating the "
            "ceasefire agreement.",
            [
                ("chl", "per", "accuse_aggression", "alleged"),
                ("chl", "per", "violate_ceasefire", "alleged"),
                ("per", "chl", "accuse_aggression", "alleged"),
                ("per", "chl", "violate_ceasefire", "alleged"),
                ("per", "chl", "war", "historical"),
            ],
        ),
        (
            "Peru and Chile blamed each other for shelling villages in Tacna.",
            [
                ("chl", "per", "accuse_aggression", "alleged"),
                ("chl", "per", "attack", "alleged"),
                ("per", "chl", "accuse_aggression", "alleged"),
                ("per", "chl", "attack", "alleged"),
            ],
        ),
        # a breached peace deal is a violated truce; an accusation of it is one of aggression
        (
            "Peru and Chile fought a war in 1879. Peru accused Chile of breaching the peace deal.",
            [
                ("chl", "per", "violate_ceasefire", "alleged"),
                ("per", "chl", "accuse_aggression", "alleged"),
                ("per", "chl", "war", "historical"),
            ],
        ),
        # a truce violated "in the region" is violated against the other party, not the region
        (
            "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 1992. Armenia accused "
            "Azerbaijan of violating the truce in the Nagorno-Karabakh region.",
            [
                ("arm", "aze", "accuse_aggression", "alleged"),
                ("arm", "aze", "war", "historical"),
                ("aze", "arm", "violate_ceasefire", "alleged"),
            ],
        ),
    ],
)
def test_each_others_acts_and_breached_deals(text, expected):
    assert edges(gk.extract(text, date="2020-10-20", allow_empty=True)) == expected


def test_a_hyphen_qualifier_is_no_party_to_the_noun():
    # "a Russian-brokered ceasefire": Russia brokered it, the warring pair holds it
    G = gk.extract(
        "Armenia and Azerbaijan fought a war in 2020. A Russian-brokered ceasefire took "
        "effect in November.",
        date="2021-03-01",
    )
    assert triples(G) == [
        ("arm", "aze", "ceasefire"),
        ("arm", "aze", "war"),
        ("rus", "arm", "mediate"),
        ("rus", "aze", "mediate"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a third party's welcome of the pair's deal backs each of the pair, even when the
        # welcomers are themselves named together
        (
            "Peru and Chile agreed on a border deal on Friday. The United States and the "
            "European Union welcomed the agreement.",
            [
                ("eu", "chl", "support"),
                ("eu", "per", "support"),
                ("per", "chl", "cooperate"),
                ("usa", "chl", "support"),
                ("usa", "per", "support"),
            ],
        ),
        # one of the pair welcoming its own deal backs no one
        (
            "Peru and Chile agreed on a border deal on Friday. Peru welcomed the agreement.",
            [("per", "chl", "cooperate")],
        ),
        # the one whose support for the statement is praised is the one backed
        (
            "Peru and Chile agreed on a border deal on Friday. Brazil praised Chile's support "
            "for the joint statement.",
            [("bra", "chl", "support"), ("per", "chl", "cooperate")],
        ),
    ],
)
def test_welcoming_a_deal_backs_its_parties(text, expected):
    assert triples(gk.extract(text, date="2023-06-01", allow_empty=True)) == expected


def test_a_headline_verb_is_no_persons_name():
    # "Assistant Secretary-General Urges ...": no person called "Urges"
    G = gk.extract(
        "UN Assistant Secretary-General Urges Peru and Chile to Resume Talks",
        date="2023-06-01",
        allow_empty=True,
    )
    assert all("urges" not in n.lower() for n in G.nodes)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey took the side of Azerbaijan.", [("tur", "aze", "support")]),
        # "good relations with" as a noun phrase (not only "maintains good relations")
        (
            "Peru and Chile fought a war in 1879. Brazil values its good relations with both "
            "parties.",
            [("bra", "chl", "cooperate"), ("bra", "per", "cooperate"), ("per", "chl", "war")],
        ),
        # the Eastern Partnership is a body with members (not a "partnership" between them)
        (
            "Georgia, Armenia and Azerbaijan are all members of the Eastern Partnership.",
            [
                ("arm", "eastern_partnership", "member_of"),
                ("aze", "eastern_partnership", "member_of"),
                ("geo", "eastern_partnership", "member_of"),
            ],
        ),
        # a third party's plan to settle the pair's conflict is an offer to mediate ...
        (
            "Peru and Chile fought a war in 1879. Brazil has drawn up a plan to settle the "
            "conflict.",
            [
                ("bra", "chl", "offer_mediation"),
                ("bra", "per", "offer_mediation"),
                ("per", "chl", "war"),
            ],
        ),
        # ... but one of the pair's own plan is not
        (
            "Peru and Chile fought a war in 1879. Peru has a plan to settle the conflict.",
            [("per", "chl", "war")],
        ),
    ],
)
def test_sides_relations_memberships_and_peace_plans(text, expected):
    assert triples(gk.extract(text, date="2021-03-01", allow_empty=True)) == expected


def test_cooperation_as_a_noun_and_inside_a_name():
    # "Armenia-EU cooperation": the two named by the hyphen cooperate
    assert triples(gk.extract("Officials discussed Armenia-EU cooperation.")) == [
        ("arm", "eu", "cooperate")
    ]
    # "Cooperation" inside an organisation's name ties its co-chairs by no cooperation
    G = gk.extract(
        "France, Russia and the United States are co-chairs of the Organization for Security "
        "and Cooperation in Europe's Minsk Group.",
        allow_empty=True,
    )
    assert [e for e in triples(G) if e[2] == "cooperate"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the allegations judged are their maker's, not those they are "against"
        (
            "Azerbaijan strongly condemned the unfounded allegations against Azerbaijan made by "
            "the French foreign minister Catherine Colonna.",
            [("aze", "colonna", "criticize")],
        ),
        ("Baku condemned the allegations by France.", [("aze", "fra", "criticize")]),
    ],
)
def test_condemned_allegations_are_their_makers(text, expected):
    assert triples(gk.extract(text, date="2023-10-12")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a third party that offers a meeting between the two offers to mediate
        (
            "Brazil offered a meeting between Peru and Chile in Brasilia.",
            [
                ("bra", "chl", "offer_mediation", "offered"),
                ("bra", "per", "offer_mediation", "offered"),
            ],  # (round 36: the meeting offered is not held)
        ),
        # readiness to assist in resolving the pair's conflict
        (
            "Peru and Chile fought a war in 1879. Brazil is ready to provide any assistance to "
            "resolve the conflict.",
            [
                ("bra", "chl", "offer_mediation", "offered"),
                ("bra", "per", "offer_mediation", "offered"),
                ("per", "chl", "war", "historical"),
            ],
        ),
        # ... which one of the pair cannot offer to its own conflict
        (
            "Peru and Chile fought a war in 1879. Peru is ready to provide any assistance to "
            "resolve the conflict.",
            [("per", "chl", "war", "historical")],
        ),
    ],
)
def test_offers_to_host_or_assist(text, expected):
    assert edges(gk.extract(text, date="2021-03-01", allow_empty=True)) == expected


def test_readiness_to_help_defuse_tensions_is_an_offer_to_mediate():
    G = gk.extract(
        "Tensions between Peru and Chile rose. Brazil reiterated its readiness to help defuse "
        "the tensions.",
        date="2021-03-01",
    )
    assert [e for e in edges(G) if e[0] == "bra"] == [
        ("bra", "chl", "offer_mediation", "offered"),
        ("bra", "per", "offer_mediation", "offered"),
    ]


def test_protest_groups_are_actors_of_their_state():
    G = gk.extract(
        "Azerbaijani eco-activists blocked the Lachin corridor on Monday. The activists "
        "accused Armenia of illegal mining.",
        date="2022-12-15",
    )
    assert edges(G) == [
        ("aze_eco_activists", "arm", "accuse", "alleged"),
        ("aze_eco_activists", "lachin_corridor", "blockade", "asserted"),
    ]
    assert G.nodes["aze_eco_activists"]["parent"] == "aze"


def test_a_text_may_open_with_a_nominalised_act_and_its_agent():
    # the very first words of a text: "Blockade of X by Y" (the doer after "by")
    G = gk.extract("Blockade of the Lachin corridor by Azerbaijan continues.", date="2023-01-10")
    assert triples(G) == [("aze", "lachin_corridor", "blockade")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # two officials of one state who meet a third meet the third, not each other, and
        # are no pair of the truce or the talks that follow
        (
            "Russian Foreign Minister Sergei Lavrov and Defense Minister Sergei Shoigu met with "
            "Armenian Prime Minister Nikol Pashinyan to discuss the implementation of the truce.",
            [("lavrov", "pashinyan", "meet"), ("shoigu", "pashinyan", "meet")],
        ),
        # an event held is no land held
        (
            "Chairman Bujar Osmani will hold separate visits to Armenia and Azerbaijan.",
            [("osmani", "arm", "consult"), ("osmani", "aze", "consult")],
        ),
        # "internationally recognised" describes the territory: no one recognises anyone
        (
            "Azerbaijan shelled Armenia's internationally-recognized territory, the United "
            "Nations said.",
            [("aze", "arm", "attack"), ("un", "aze", "accuse_aggression")],
        ),
    ],
)
def test_one_sides_officials_held_events_and_recognised_territory(text, expected):
    assert triples(gk.extract(text, date="2022-09-14", allow_empty=True)) == expected


def test_a_route_described_by_its_two_ends_is_that_route():
    # organisations.csv gives the Lachin corridor the ends Armenia and Nagorno-Karabakh
    G = gk.extract(
        "The Azerbaijani blockade of the only road connecting Karabakh and Armenia continued.",
        date="2023-03-01",
    )
    assert triples(G) == [
        ("aze", "lachin_corridor", "blockade"),
        ("lachin_corridor", "arm", "connects"),
        ("lachin_corridor", "nagorno_karabakh", "connects"),
    ]
    # a route whose end is itself a state's territory is found by its ends as named
    G = gk.extract("Azerbaijan blocked the road connecting Azerbaijan and Nakhchivan.")
    assert ("aze", "zangezur_corridor", "blockade") in triples(G)
    # a road between two other places is no known route
    G = gk.extract("Protesters blocked the road connecting Georgia and Armenia.", allow_empty=True)
    assert "lachin_corridor" not in G


@pytest.mark.parametrize(
    "text, expected",
    [
        # concern over the pair's tensions is disapproval of both
        (
            "Iran voiced concern over Armenia-Azerbaijan tensions.",
            [
                ("arm", "aze", "dispute"),
                ("irn", "arm", "disapprove"),
                ("irn", "aze", "disapprove"),
            ],
        ),
        # "the mediation efforts by X and Y": X and Y mediate between the pair named before;
        # the one who welcomes them backs them and mediates nothing
        (
            "Peru and Chile fought a war in 1879. Guterres welcomed the mediation efforts by "
            "Brazil and Argentina.",
            [
                ("arg", "chl", "mediate"),
                ("arg", "per", "mediate"),
                ("bra", "chl", "mediate"),
                ("bra", "per", "mediate"),
                ("guterres", "arg", "support"),
                ("guterres", "bra", "support"),
                ("per", "chl", "war"),
            ],
        ),
    ],
)
def test_concern_over_a_pair_and_mediation_efforts_by(text, expected):
    assert triples(gk.extract(text, date="2022-09-14", allow_empty=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # mobilisation and martial law are shows of force at the side the text set against
        (
            "Peru and Chile fought a war in 1879. Peru and Chile imposed martial law and "
            "launched mobilization efforts.",
            [("chl", "per", "show_force"), ("per", "chl", "show_force"), ("per", "chl", "war")],
        ),
        (
            "Peru and Chile fought a war in 1879. Chile, in turn, introduced martial law.",
            [("chl", "per", "show_force"), ("per", "chl", "war")],
        ),
        # joint drills of two are no show of force at each other
        (
            "Turkey and Azerbaijan held joint military drills last month.",
            [("tur", "aze", "material_cooperation")],
        ),
    ],
)
def test_mobilisation_is_a_show_of_force_at_the_other_side(text, expected):
    assert triples(gk.extract(text, date="2020-10-01", allow_empty=True)) == expected


def test_a_conflict_named_by_its_territory_is_not_the_speakers():
    # "the Nagorno-Karabakh conflict" that Putin and Pashinyan discuss is not theirs
    G = gk.extract(
        "Putin and Pashinyan discussed the situation in the Nagorno-Karabakh conflict zone.",
        date="2020-10-02",
    )
    assert triples(G) == [("pashinyan", "putin", "consult"), ("putin", "pashinyan", "consult")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Peacekeepers arrived in Azerbaijan's breakaway region of Nagorno-Karabakh.",
            [("aze", "nagorno_karabakh", "sovereignty")],
        ),
        (
            "Armenian forces occupied Nagorno-Karabakh, an internationally recognized "
            "territory of Azerbaijan.",
            [
                ("arm", "nagorno_karabakh", "occupy"),
                ("aze", "nagorno_karabakh", "sovereignty"),
                ("nagorno_karabakh", "aze", "part_of"),
            ],
        ),
        # with no possessor, "the breakaway region of X" names no sovereign
        (
            "Armenia sent aid to the breakaway region of Nagorno-Karabakh.",
            [("arm", "nagorno_karabakh", "humanitarian_aid")],
        ),
    ],
)
def test_whose_breakaway_region(text, expected):
    assert triples(gk.extract(text, date="2020-11-21", allow_empty=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran Repeats Warnings To Azerbaijan", [("irn", "aze", "threaten", "asserted")]),
        (
            "Peru and Chile fought a war in 1879. Both sides are pointing the finger at the "
            "other for the standoff.",
            [
                ("chl", "per", "accuse", "alleged"),
                ("per", "chl", "accuse", "alleged"),
                ("per", "chl", "war", "historical"),
            ],
        ),
    ],
)
def test_warnings_to_and_pointing_the_finger(text, expected):
    assert edges(gk.extract(text, date="2022-10-20", allow_empty=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia has a security pact with Armenia.", [("rus", "arm", "cooperate")]),
        (
            "Peru and Chile fought a war in 1879. The prisoners were released with mediation "
            "of the European Union.",
            [("eu", "chl", "mediate"), ("eu", "per", "mediate"), ("per", "chl", "war")],
        ),
    ],
)
def test_security_pacts_and_mediation_of(text, expected):
    assert triples(gk.extract(text, date="2021-12-20", allow_empty=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a past "reached" is done, not aimed at
        ("Peru and Chile reached a truce on Monday.", [("per", "chl", "ceasefire")]),
        # a truce deal is a ceasefire, not plain cooperation
        ("Peru and Chile reached a ceasefire deal.", [("per", "chl", "ceasefire")]),
        # (the hostilities ended were fought)
        (
            "Peru and Chile ceased hostilities at the border.",
            [("per", "chl", "ceasefire"), ("per", "chl", "war")],
        ),
        # "help ... reach" is still an aim: the mediation only
        (
            "Brazil wants to help Peru and Chile reach a truce.",
            [("bra", "chl", "mediate"), ("bra", "per", "mediate")],
        ),
    ],
)
def test_truces_reached_and_hostilities_ceased(text, expected):
    assert triples(gk.extract(text, date="2021-12-20", allow_empty=True)) == expected


def test_a_feared_war_is_not_fought():
    G = gk.extract(
        "The visit eased fears of a full-scale war between Peru and Chile.",
        date="2021-12-20",
        allow_empty=True,
    )
    assert ("chl", "per", "war") not in triples(G) and ("per", "chl", "war") not in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Condemning Chile's attack on the village, the Members of the European Parliament "
            "called for restraint.",
            [("eu_parliament", "chl", "criticize")],
        ),
        ("Criticizing Peru, Brazil said it stands with Chile.", None),
    ],
)
def test_a_fronted_participle_shares_the_main_subject(text, expected):
    got = triples(gk.extract(text, date="2021-12-20", allow_empty=True))
    if expected is None:
        assert ("bra", "per", "criticize") in got
    else:
        assert set(expected) <= set(got)
        assert not any(u == "chl" and v == "eu_parliament" for u, v, _ in got)


@pytest.mark.parametrize(
    "text, absent",
    [
        # sovereignty is over a territory, not over whoever is named before "that were part of"
        (
            "Chilean President Gabriel Boric agreed to return two border villages that were "
            "part of Peru.",
            ("per", "boric", "sovereignty"),
        ),
        # land is controlled, not a state ("a region ... under the control of Peruvian forces")
        (
            "Peru and Chile have been locked in a dispute over Arica, a region that lies within "
            "Chile but was under the control of Peruvian forces backed by Bolivia.",
            ("per", "chl", "control"),
        ),
        (
            "Peru and Chile have been locked in a dispute over Arica, a region that lies within "
            "Chile but was under the control of Peruvian forces backed by Bolivia.",
            ("chl", "per", "sovereignty"),
        ),
        # a person does not back their own state
        (
            "Chilean President Gabriel Boric hailed his government's mediation between Peru and "
            "Bolivia.",
            ("boric", "chl", "support"),
        ),
        # a war elsewhere, a tug-of-war, and a pair named as mediators are not this war's sides
        (
            "Peru and Chile fought a war in 1879. Brazil had been an ally of Peru, but Brasilia is "
            "now bogged down in a war in Venezuela.",
            ("bra", "per", "war"),
        ),
        (
            "Peru and Chile fought a war in 1879. The tug-of-war between Brazil and Argentina got "
            "worse.",
            ("bra", "arg", "war"),
        ),
        (
            "Peru and Chile fought a war in 1879. Mediated by Brazil and Argentina, the deal ended "
            "a six-week war.",
            ("bra", "arg", "war"),
        ),
    ],
)
def test_implausible_parties_are_left_out(text, absent):
    got = triples(gk.extract(text, date="2021-05-01", allow_empty=True))
    assert absent not in got


def test_a_war_ended_by_a_mediated_deal_is_the_fighting_pairs():
    G = gk.extract(
        "Peru and Chile fought a war in 1879. Mediated by Brazil and Argentina, the deal ended "
        "a six-week war.",
        date="2021-05-01",
    )
    second = sorted((u, v, d["type"]) for u, v, d in G.edges(data=True) if d["sentence"] == 2)
    assert second == [("per", "chl", "war")]


def test_a_fighting_act_against_a_person_is_against_their_state():
    G = gk.extract(
        "Peruvian Foreign Minister Ana Cecilia Gervasi spoke on Chile's aggression.",
        date="2022-05-01",
    )
    assert triples(G) == [("chl", "per", "attack")]


def test_troops_deployed_to_a_territory_are_no_show_of_force():
    G = gk.extract(
        "Russia deployed 2,000 troops to Nagorno-Karabakh.", date="2022-05-01", allow_empty=True
    )
    assert triples(G) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The tensions between Chilean President Gabriel Boric and Peru grew.",
            [("chl", "per", "dispute")],
        ),
        (
            "Fighting broke out between Chilean President Gabriel Boric and Peru.",
            [("chl", "per", "war")],
        ),
    ],
)
def test_the_sides_of_a_war_or_dispute_are_states(text, expected):
    assert triples(gk.extract(text, date="2022-05-01")) == expected


def test_a_brokered_truce_with_no_party_is_the_fighting_pairs():
    # the last pair named (a phone call) is not the truce's pair; the pair at war is
    G = gk.extract(
        "Peru and Chile fought a war in 1879. Argentina's foreign minister spoke with Bolivia's "
        "foreign minister on Monday. The Brazilian-brokered ceasefire has been holding since then.",
        date="2021-05-01",
    )
    mediated = sorted((u, v) for u, v, d in G.edges(data=True) if d["type"] == "mediate")
    assert mediated == [("bra", "chl"), ("bra", "per")]


def test_prisoners_of_war_are_no_fighting():
    G = gk.extract(
        "Peru and Chile fought a war in 1879. Peru released one prisoner, and Chile five "
        "prisoners of war.",
        date="2021-05-01",
    )
    second = sorted((u, v, d["type"]) for u, v, d in G.edges(data=True) if d["sentence"] == 2)
    assert ("chl", "per", "war") not in second and ("per", "chl", "war") not in second
    assert ("per", "chl", "concede") in second


@pytest.mark.parametrize(
    "text, expected",
    [
        # the territory names the war; it is no side, the pair is
        (
            "Armenia and Azerbaijan met on Monday. Azerbaijan has worked on the project since "
            "the second Karabakh war in 2020.",
            ("arm", "aze", "war"),
        ),
        # an actor after a comma opens the next clause; it is not the truce's party
        (
            "Armenia and Azerbaijan met on Monday. As part of the ceasefire agreement, Armenia "
            "handed back Kalbajar.",
            ("arm", "aze", "ceasefire"),
        ),
    ],
)
def test_a_war_named_by_its_territory_is_the_pairs(text, expected):
    G = gk.extract(text, date="2021-11-01")
    second = [(u, v, d["type"]) for u, v, d in G.edges(data=True) if d["sentence"] == 2]
    assert expected in second


def test_a_route_to_the_region_is_known_by_its_other_end():
    G = gk.extract(
        "Aid reached Nagorno-Karabakh on Monday. It was the first delivery since Azerbaijan "
        "blocked the only road connecting the region with Armenia.",
        date="2023-06-01",
    )
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    assert ("aze", "nagorno_karabakh", "blockade") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC evacuated 24 patients from Nagorno-Karabakh to Armenia.",
        "The ICRC evacuated residents of Nagorno-Karabakh.",
    ],
)
def test_an_evacuation_helps_the_people_it_moves(text):
    G = gk.extract(text, date="2023-06-01")
    assert triples(G) == [("icrc", "nagorno_karabakh_population", "humanitarian_aid")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile will host the COP35 climate summit before Peru and Bolivia sign the treaty.",
        "The ICC issued arrest warrants for two Peruvian officials.",
    ],
)
def test_other_events_and_warrants_are_no_relation(text):
    G = gk.extract(text, date="2023-06-01", allow_empty=True)
    assert not any(d["type"] in ("mediate", "coerce") for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Peru and Chile fought a war in 1879. He called for the return of the occupied "
            "Peruvian territories.",
            ("chl", "per", "occupy", "alleged"),
        ),
        (
            "Peru and Chile fought a war in 1879. Chilean troops must leave the occupied "
            "territories of Peru.",
            ("chl", "per", "occupy", "alleged"),
        ),
        ("Azerbaijan reclaimed large swathes of Nagorno-Karabakh.", None),
    ],
)
def test_occupied_lands_and_reclaimed_ones(text, expected):
    got = edges(gk.extract(text, date="2021-06-01"))
    if expected is None:
        assert ("aze", "nagorno_karabakh", "control", "asserted") in got
    else:
        assert expected in got


def test_occupied_lands_need_a_pair_set_against_the_owner():
    G = gk.extract("Brazil urged the return of the occupied territories of Peru.", allow_empty=True)
    assert not any(d["type"] == "occupy" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan Launches Anti-Terrorist Campaign in Nagorno-Karabakh",
            ("aze", "separatists", "attack"),
        ),
        (
            "Azerbaijan waged a lightning military campaign in Nagorno-Karabakh in September.",
            ("aze", "separatists", "attack"),
        ),
        # no place in its clause: the region the text is about, not the next clause's object
        (
            "Armenia and Azerbaijan fought over Nagorno-Karabakh. Baku announced it was launching "
            "local anti-terrorist measures and demanded the withdrawal of Armenian troops.",
            ("aze", "separatists", "attack"),
        ),
        # a place after another clause's opener is not the operation's
        (
            "Hundreds were killed in Nagorno-Karabakh after Azerbaijan launched a military "
            "operation after months of tensions in the Tavush region.",
            ("aze", "separatists", "attack"),
        ),
    ],
)
def test_an_operation_is_in_its_region(text, expected):
    got = triples(gk.extract(text, date="2023-09-20"))
    assert expected in got
    # (round 35: an attack on the land is one on the group that holds it)
    assert not any(t == "attack" and v not in ("separatists",) for _, v, t in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        # (criticism rebuffed is rejected, as the dev set codes it; charges are denied)
        ("Brazil has rebuffed criticism from Chile over the border.", ("bra", "chl", "reject")),
        (
            "Chilean President Gabriel Boric responded to Peru's accusations.",
            ("boric", "per", "deny"),
        ),
        ("Peru dismissed claims by Chile.", ("per", "chl", "deny")),
    ],
)
def test_rebuffed_criticism_and_answered_charges_are_denials(text, expected):
    assert expected in triples(gk.extract(text, date="2023-09-20"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chile has friendly ties with oil-rich Peru.", ("chl", "per", "cooperate")),
        ("Chile, a close ally to Peru, sent aid.", ("chl", "per", "cooperate")),
    ],
)
def test_allies_to_and_ties_past_a_hyphenated_adjective(text, expected):
    assert expected in triples(gk.extract(text, date="2023-09-20"))


def test_they_after_a_plural_body_that_spoke():
    G = gk.extract(
        "Peru and Chile fought in September. The European Parliament members said the situation "
        "was grave. They also called on the EU to offer assistance to Peru.",
        date="2023-10-05",
    )
    callers = {u for u, v, d in G.edges(data=True) if d["type"] == "appeal" and v == "eu"}
    assert callers == {"eu_parliament"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("After the latest offensive, Brazil said Chile attacked Peru.", "bra"),
        ("On Monday Chile attacked Peru, Brazil said.", "bra"),
    ],
)
def test_an_opening_phrase_with_a_noun_of_an_act_is_no_quotation(text, speaker):
    got = edges(gk.extract(text, date="2023-10-05"))
    assert (speaker, "chl", "accuse_aggression", "alleged") in got
    assert ("chl", "per", "attack", "alleged") in got


def test_to_deal_with_is_no_deal():
    G = gk.extract(
        "Brazil offered assistance to Peru to deal with the influx of refugees.",
        date="2023-10-05",
        allow_empty=True,
    )
    assert not any(d["rule"] == "propose_agreement" for _, _, d in G.edges(data=True))


def test_a_feared_possibility_is_no_act():
    G = gk.extract(
        "Brazil also fears that Chile could seize territory in southern Peru by force.",
        date="2023-10-05",
        allow_empty=True,
    )
    assert not any(d["type"] == "occupy" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Nagorno-Karabakh had been under ethnic Armenian control for three decades.",
            ("separatists", "nagorno_karabakh", "control"),
        ),
        (
            "Rockets hit the Armenian-controlled separatist Nagorno-Karabakh.",
            ("separatists", "nagorno_karabakh", "control"),
        ),
        (
            "Nagorno-Karabakh came under Azerbaijani control.",
            ("aze", "nagorno_karabakh", "control"),
        ),
        ("Nagorno-Karabakh was under Armenia's control.", ("arm", "nagorno_karabakh", "control")),
    ],
)
def test_control_by_a_demonym_is_the_territorys_own_group(text, expected):
    assert expected in triples(gk.extract(text, date="2021-05-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian spokesperson Mauro Vieira said: We have seen disturbing reports of an exchange "
        "of fire on the Peru-Chile border.",
        "Brazil said Peru and Chile exchanged fire on the border.",
    ],
)
def test_a_reported_exchange_of_fire_charges_neither_side(text):
    G = gk.extract(text, date="2020-07-20")
    assert not any(d["type"].startswith("accuse") for _, _, d in G.edges(data=True))
    assert {("chl", "per", "attack"), ("per", "chl", "attack")} <= set(triples(G))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brazil said it had received Peru's request for assistance.", []),
        ("Peru received European Union candidate status in 2022.", []),
        ("Chilean President Gabriel Boric received Peru's foreign minister yesterday.", None),
    ],
)
def test_receiving_a_thing_is_no_visit(text, expected):
    got = [
        (u, v)
        for u, v, d in gk.extract(text, date="2023-10-05", allow_empty=True).edges(data=True)
        if d["rule"] == "receive_visitor"
    ]
    if expected is None:
        assert len(got) == 1 and got[0][0] == "boric"
    else:
        assert got == expected


def test_a_gerund_subject_is_no_fronted_participle():
    G = gk.extract(
        "Shelling of Santiago continued overnight, Peru said.", date="2021-05-01", allow_empty=True
    )
    assert not any(u == "per" and d["type"] == "attack" for u, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        # a campaign by the one named right before it or after "by", with no place of its own
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Azerbaijan's lightning offensive "
        "killed hundreds.",
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. The offensive by Azerbaijan killed "
        "hundreds.",
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Azerbaijan launched a large-scale "
        "offensive on Tuesday.",
        # "military" qualifying an act is no mention of the armed forces
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Azerbaijan's military actions risk "
        "worsening the situation.",
        "Azerbaijan launched a large-scale offensive along the entire contact line in Karabakh.",
    ],
)
def test_a_campaign_is_waged_on_its_region(text):
    assert ("aze", "separatists", "attack") in triples(gk.extract(text, date="2023-09-20"))


@pytest.mark.parametrize(
    "text",
    [
        # "aggressive actions" are no campaign: no place is attacked
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Armenia must answer for these "
        "aggressive actions.",
        # the subject of a clause is not the one waging the campaign it condemns or ends
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Brazil condemned today's military "
        "actions.",
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. The deal ends military action and "
        "restores calm to the breakaway territory.",
    ],
)
def test_no_campaign_without_its_wager(text):
    got = triples(gk.extract(text, date="2023-09-20", allow_empty=True))
    assert not any(t == "attack" and v == "nagorno_karabakh" for _, v, t in got)


def test_an_attack_on_a_territory_makes_it_no_side():
    # "the sides" stay the two states the text set against each other, not a state and a place
    text = (
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Azerbaijan's offensive in "
        "Nagorno-Karabakh killed hundreds. Brazil called on the sides to allow aid."
    )
    got = set(triples(gk.extract(text, date="2023-09-20")))
    assert {("bra", "arm", "appeal"), ("bra", "aze", "appeal")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Peru and Chile involved mediators from Brazil.",
        "Brazil has led repeated talks between Peru and Chile.",
        "Peru and Chile met in Lima. Peru thanked Brazil for organizing a new round of "
        "negotiations.",
        "Argentina praised Brazil's continued efforts for a peaceful resolution of the conflict "
        "between Peru and Chile.",
        "Peru and Chile fought over Tacna. The ceasefire was maintained under the supervision of "
        "Brazil.",
        "Brazil has been ensuring contacts between Peru and Chile.",
    ],
)
def test_more_ways_of_mediating(text):
    got = set(triples(gk.extract(text, date="2021-05-01")))
    assert {("bra", "per", "mediate"), ("bra", "chl", "mediate")} <= got


def test_control_by_peacekeepers_is_no_mediation():
    text = (
        "Peru and Chile fought over Tacna. The ceasefire agreement established that the road "
        "shall be under the control of Brazil."
    )
    got = triples(gk.extract(text, date="2021-05-01"))
    assert not any(t == "mediate" for _, _, t in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peru advised the Chilean president to return to the talks.", ("per", "chl", "appeal")),
        (
            "Armenia and Azerbaijan fought over Nagorno-Karabakh. Brazil condemned the use of force "
            "by Azerbaijan.",
            ("aze", "separatists", "attack"),
        ),
    ],
)
def test_advice_and_the_use_of_force(text, expected):
    assert expected in triples(gk.extract(text, date="2022-04-01"))


def test_refraining_from_the_use_of_force_is_no_attack():
    got = triples(gk.extract("Peru and Chile agreed to refrain from the use of force."))
    assert not any(t == "attack" for _, _, t in got)


def test_an_attack_with_no_victim_is_on_the_side_set_against_its_doer():
    text = (
        "Peru and Chile fought over the border. Lima condemned the latest Chilean aggression. "
        "Chile's president Gabriel Boric ordered new shelling."
    )
    got = triples(gk.extract(text, date="2021-05-01"))
    assert ("chl", "per", "attack") in got
    # a person's order names no victim of its own
    assert not any(u == "boric" and t == "attack" for u, _, t in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        # forces or officials in a territory a group of its own holds are that group
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Armenian forces in Karabakh "
            "surrendered.",
            ("separatists", "aze", "concede"),
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. The authorities in Stepanakert "
            "appealed to the Russian peacekeepers.",
            ("separatists", "rus_peacekeepers", "appeal"),
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Separatist Armenian forces in "
            "Nagorno-Karabakh capitulated.",
            ("separatists", "aze", "concede"),
        ),
    ],
)
def test_forces_in_a_held_territory_are_its_group(text, expected):
    assert expected in triples(gk.extract(text, date="2023-09-21"))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani forces in Karabakh said Armenia attacked them.",
    ],
)
def test_forces_of_another_people_stay_the_states(text):
    got = triples(gk.extract(text, date="2023-09-21"))
    assert not any("separatists" in (u, v) for u, v, _ in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brazil is also very friendly with Peru.", ("bra", "per", "cooperate")),
        ("Brasilia values good-neighbourly relations with Peru.", ("bra", "per", "cooperate")),
        ("Brazil has strong ties with Chile.", ("bra", "chl", "cooperate")),
    ],
)
def test_friendly_relations_are_cooperation(text, expected):
    assert expected in triples(gk.extract(text, date="2022-04-01"))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan reclaimed large parts of Nagorno-Karabakh and the seven adjacent districts.",
            ("aze", "surrounding_districts", "control"),
        ),
        (
            "Armenian forces occupied Nagorno-Karabakh and seven adjacent districts.",
            ("arm", "surrounding_districts", "occupy"),
        ),
        # a checkpoint set up on a route controls it; "the road leading to X" is the one route
        # the gazetteer knows to that territory
        (
            "Azerbaijan set up a checkpoint at the entrance to the Lachin Corridor.",
            ("aze", "lachin_corridor", "control"),
        ),
        (
            "Azerbaijan said it had established a checkpoint on the road leading to Karabakh.",
            ("aze", "lachin_corridor", "control"),
        ),
    ],
)
def test_surrounding_districts_checkpoints_and_the_road_to_a_territory(text, expected):
    assert expected in triples(gk.extract(text, date="2023-04-25"))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Nagorno-Karabakh broke away from Azerbaijan in the early 1990s.",
            [("separatists", "nagorno_karabakh", "claim")],
        ),
        (
            "Armenia and Azerbaijan fought over Nagorno-Karabakh. The region seceded from "
            "Azerbaijan three decades ago.",
            [("arm", "aze", "war"), ("separatists", "nagorno_karabakh", "claim")],
        ),
        # a state that broke away from a union claims nothing of it
        ("Armenia broke away from the Soviet Union in 1991.", []),
    ],
)
def test_a_seceding_territory_is_claimed_by_those_who_hold_it(text, expected):
    assert sorted(triples(gk.extract(text, date="2023-04-24", allow_empty=True))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chile says any peace deal with Lima is conditional on a change of Peru's constitution.",
            [("chl", "per", "demand")],
        ),
        ("Brazil said the aid is conditional on reforms.", []),
    ],
)
def test_a_precondition_is_a_demand_of_the_one_it_names(text, expected):
    got = [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "demand"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peru is grateful to Brazil for its help.", ("per", "bra", "support")),
        ("Peru highly appreciated the role of Brazil.", ("per", "bra", "support")),
        (
            "Argentina welcomes the progress in relations between Peru and Chile.",
            ("arg", "chl", "support"),
        ),
    ],
)
def test_gratitude_appreciation_and_welcomed_progress_are_support(text, expected):
    assert expected in triples(gk.extract(text, date="2022-04-01"))


@pytest.mark.parametrize(
    "text, absent",
    [
        # only an act of arms of a state or armed group, aimed at nothing else, is on the other
        # side; "targeted growth", "an attack on corruption" and protesters name no victim
        ("Azerbaijan targeted economic growth of five percent.", ("aze", "arm", "attack")),
        ("The Armenian government launched an attack on corruption.", ("arm", "aze", "attack")),
        (
            "Armenian protesters attacked the parliament building.",
            ("arm_protesters", "aze", "attack"),
        ),
        # the surrounding districts are named as Karabakh's, not as any "surrounding regions"
        (
            "Russia bombed Kharkiv and surrounding regions.",
            ("rus", "surrounding_districts", "attack"),
        ),
        # a party that organises its own talks is not their mediator
        ("Armenia organized a round of talks with Azerbaijan.", ("arm", "aze", "mediate")),
        # "not conditional" is no precondition; a territory no group holds claims nothing
        (
            "Peace between Armenia and Azerbaijan is not conditional on Russia.",
            ("arm", "rus", "demand"),
        ),
        ("Nakhchivan broke away from Azerbaijan.", ("aze", "nakhchivan", "claim")),
    ],
)
def test_round_12_rules_stay_in_their_lanes(text, absent):
    text = "Armenia and Azerbaijan fought over Nagorno-Karabakh. " + text
    assert absent not in triples(gk.extract(text, date="2023-09-20", allow_empty=True))


def test_a_cessation_swallows_only_the_act_it_ends():
    text = (
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Azerbaijan halted the talks and "
        "started military action against Armenia."
    )
    assert ("aze", "arm", "attack") in triples(gk.extract(text, date="2023-09-20"))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Any deal with Peru is conditional on Chile's withdrawal, Brazil said.",
            ("bra", "chl", "demand"),
        ),
        (
            "Azerbaijan closed the road leading from Armenia to Karabakh.",
            ("aze", "lachin_corridor", "blockade"),
        ),
    ],
)
def test_a_speaker_after_a_precondition_and_a_road_leading_from_a_to_b(text, expected):
    assert expected in triples(gk.extract(text, date="2023-09-20"))


# -- round 13 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # "spoke to" is a conversation, as "spoke with" is
        ("The Chilean president spoke to Peru's foreign minister on Monday.", ("chl", "per")),
        # a phone contact is a call
        (
            "Chile's foreign minister had a phone contact with his Peruvian counterpart.",
            ("chl", "per"),
        ),
    ],
)
def test_spoke_to_and_a_phone_contact_are_consultations(text, expected):
    found = {(u[:3], v[:3]) for u, v, t in triples(gk.extract(text)) if t == "consult"}
    assert expected in found


def test_the_state_that_owns_a_news_outlet_is_not_the_one_spoken_to():
    G = gk.extract("Peru spoke with Chile's state news agency, and Bolivia met Brazil.")
    assert ("per", "chl", "consult") not in triples(G)
    assert ("bol", "bra", "meet") in triples(G)


def test_a_noun_in_apposition_to_an_actor_takes_it_as_its_subject():
    G = gk.extract("The talks were attended by Peru and by Chile, a close ally of Bolivia.")
    assert ("chl", "bol", "cooperate") in triples(G)


def test_a_participle_after_a_speakers_clause_is_the_speakers_act():
    text = (
        "Peru and Chile clashed on the border. Brazil said the region cannot stand a new war, "
        "urging the two sides to show restraint."
    )
    found = triples(gk.extract(text))
    assert ("bra", "chl", "appeal") in found
    assert ("bra", "per", "appeal") in found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # the object of the first verb ends at "and" before a second past verb
        (
            "Peru and Chile fought a war. Brazil brokered a deal and sent troops to Bolivia.",
            ("bra", "per", "mediate"),
            ("bra", "bol", "mediate"),
        ),
        # both verbs share one object
        ("Chile shelled and seized villages in Peru.", ("chl", "per", "attack"), None),
        # advancing into land seizes it
        (
            "Chilean troops crossed the border and advanced a few kilometres into Peru.",
            ("chl", "per", "occupy"),
            None,
        ),
    ],
)
def test_a_second_predicate_ends_the_first_ones_object(text, present, absent):
    found = triples(gk.extract(text, allow_empty=True))
    if present:
        assert present in found
    if absent:
        assert absent not in found


def test_a_counterpart_named_after_the_title_is_a_person_of_that_state():
    G = gk.extract(
        "Peru's president made the remarks at a press conference with his Chilean counterpart "
        "Gabriel Boric in Lima."
    )
    assert G.nodes["boric"]["parent"] == "chl"
    assert ("boric", "meet") in {(v, t) for _, v, t in triples(G)}


def test_a_participle_phrase_of_circumstance_takes_the_speakers_subject():
    text = (
        "Peruvian Foreign Minister Javier Perez arrived in Santiago. He noted that both sides "
        "have narrowed their differences, speaking at a joint news conference with Chilean "
        "Foreign Minister Alberto Klaveren."
    )
    assert [(u, v) for u, v, t in triples(gk.extract(text)) if t == "meet"] == [
        ("perez", "klaveren")
    ]


# -- several processes ----------------------------------------------------------------------------


def test_several_processes_give_the_one_process_result_for_independent_articles():
    texts = [
        "Russia offered to mediate between Armenia and Azerbaijan.",
        "France criticized Azerbaijan for closing the Lachin corridor.",
        "Iran urged Armenia and Azerbaijan to show restraint.",
        "Turkey expressed support for Azerbaijan.",
        "The European Union offered to mediate between Armenia and Azerbaijan.",
    ]
    one = gk.relations_table(gk.extract(texts))
    two = gk.relations_table(gk.extract(texts, n_process=2))
    assert len(one) == 9
    pd.testing.assert_frame_equal(one, two)


def test_several_processes_keep_two_persons_of_one_surname_apart_and_one_person_once():
    texts = [
        "President John Smith of Chile criticized Peru.",
        "Chilean Senator John Smith criticized Bolivia.",
        "Peruvian Senator Mary Smith criticized Chile.",
        "Peruvian Senator Mary Smith criticized Bolivia.",
    ]
    G = gk.extract(texts, n_process=2)
    people = {n: d["name"] for n, d in G.nodes(data=True) if d.get("kind") == "person"}
    assert sorted(people.values()) == ["John Smith", "Mary Smith"]  # two ids, one each
    criticized = sorted((people[u], v) for u, v, t in triples(G) if t == "criticize")
    assert criticized == [
        ("John Smith", "bol"),
        ("John Smith", "per"),
        ("Mary Smith", "bol"),
        ("Mary Smith", "chl"),
    ]


def test_a_number_of_processes_below_one_is_refused():
    from graphlib_kb.errors import UsageError

    with pytest.raises(UsageError, match="n_process"):
        gk.extract("Russia offered to mediate between Armenia and Azerbaijan.", n_process=0)


def test_a_territory_run_by_its_people_is_controlled_by_the_group_that_governs_it():
    G = gk.extract(
        "Nagorno-Karabakh had been controlled by breakaway ethnic Armenians since 1994.",
        date="2022-05-01",
    )
    assert ("separatists", "nagorno_karabakh", "control") in triples(G)


def test_a_topic_verb_finds_its_partner_past_a_long_object():
    G = gk.extract(
        "Chile's foreign minister discussed the recent developments on the long northern border "
        "with Peru's foreign minister."
    )
    assert ("chl", "per", "consult") in triples(G)


def test_several_processes_give_a_person_named_in_two_runs_one_id_as_one_process_does():
    texts = [
        "Chilean Deputy Foreign Minister Anna Soto met Peruvian Foreign Minister Luis Rojas.",
        "Chilean Deputy Foreign Minister Karen Soto met Bolivian Foreign Minister Ana Mamani. "
        "Chilean Deputy Foreign Minister Anna Soto met Brazilian Foreign Minister Mauro Vieira.",
    ]
    one, two = gk.extract(texts), gk.extract(texts, n_process=2)
    assert sorted(one.nodes) == sorted(two.nodes)
    assert triples(one) == triples(two)
    assert sorted(d["name"] for _, d in two.nodes(data=True) if d.get("kind") == "person") == [
        "Ana Mamani",
        "Anna Soto",
        "Karen Soto",
        "Luis Rojas",
        "Mauro Vieira",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demonym beside "ally" is the other party, never the subject itself
        ("Bolivia, a close Peruvian ally, abstained.", [("per", "bol", "cooperate")]),
        # pressure is no advance into land
        ("Chile pushed Peru into signing the deal.", []),
        # a participle after a reported clause with its own subject is not the speaker's act
        ("Boric said the mine exploded near the border, killing two Peruvian soldiers.", []),
        # an outlet word after a possessive spares any act but a conversation
        (
            "Peru criticized Chile's ban on Bolivian television channels.",
            [("per", "chl", "criticize")],
        ),
        # an "-ed" adjective after "and" is no second predicate
        (
            "Peru criticized the statements and related actions of Chile.",
            [("per", "chl", "criticize")],
        ),
        # a participle inside a topic has a partner of its own
        ("Peru discussed plans for a railway line connecting Chile with Bolivia in Lima.", []),
        # "and" between two actors stays inside the topic
        (
            "Peru discussed the situation on the border between Chile and Bolivia with Brazil.",
            [("per", "bra", "consult")],
        ),
    ],
)
def test_round_13_rules_stay_in_their_lanes(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


# -- the gap matcher ----------------------------------------------------------------------------


def _both_matchers(patterns, text):
    import spacy
    from spacy.matcher import Matcher

    from graphlib_kb.extract.gapmatcher import GapMatcher

    nlp = spacy.blank("en")
    doc = nlp(text)
    for token in doc:
        token.norm_ = token.lower_
    found = []
    for matcher in (Matcher(nlp.vocab), GapMatcher(nlp.vocab)):
        for key, pattern in patterns.items():
            matcher.add(key, [pattern])
        found.append(sorted((nlp.vocab.strings[k], s, e) for k, s, e in matcher(doc)))
    return found


def test_the_gap_matcher_finds_every_match_spacys_matcher_finds():
    words = lambda *w: {"NORM": {"IN": list(w)}}  # noqa: E731
    patterns = {
        "a_gap_b": [words("a"), {"OP": "{,6}"}, words("b")],
        "a_tail": [words("a"), {"OP": "{,2}"}],
        "ab_or_ac": [words("a"), words("b", "c")],
        "b_gap_c_gap_a": [words("b"), {"OP": "{,3}"}, words("c"), {"OP": "{,1}"}, words("a")],
        "exact": [{"NORM": "c"}, words("a", "b")],
    }
    text = "a x b y b a b c c a a b x x x x x x x b c"
    spacy_matches, ours = _both_matchers(patterns, text)
    assert ours == spacy_matches
    assert (
        ("a_gap_b", 0, 3) in ours and ("a_gap_b", 0, 5) in ours and ("a_tail", 20, 21) not in ours
    )
    assert len(ours) == 26


def test_the_gap_matcher_gives_the_lexicons_matches_and_relations_as_spacys_matcher():
    from graphlib_kb.extract import gazetteer, pipeline
    from graphlib_kb.extract.lexicon import read_lexicon

    gz, lexicon = gazetteer.build_gazetteer(None), tuple(read_lexicon())
    text = (
        "Azerbaijan accused Armenia of repeatedly shelling its positions near the border. "
        "France called on both sides to return to the negotiating table without delay. "
        "Russia offered once again to host talks between the two foreign ministers in Moscow. "
        "Iran said it would not tolerate any change of borders in the region."
    )
    found, tables = [], []
    try:
        for mode in ("spacy", "index"):
            pipeline.GAP_MATCHER = mode
            pipeline._pipeline_cached.cache_clear()
            pipe = pipeline.get_pipeline(gz, lexicon)
            doc = pipe.nlp(text)
            found.append(sorted((pipe.nlp.vocab.strings[k], s, e) for k, s, e in pipe.matcher(doc)))
            tables.append(gk.relations_table(gk.extract(text)))
    finally:
        pipeline.GAP_MATCHER = "index"
        pipeline._pipeline_cached.cache_clear()
    assert found[0] == found[1] and len(found[0]) > 10
    pd.testing.assert_frame_equal(tables[0], tables[1])


def test_the_gap_matcher_refuses_a_pattern_it_cannot_match():
    import spacy

    from graphlib_kb.extract.gapmatcher import GapMatcher

    m = GapMatcher(spacy.blank("en").vocab)
    with pytest.raises(ValueError, match="start with words"):
        m.add("gap_first", [[{"OP": "{,2}"}, {"NORM": "a"}]])
    with pytest.raises(ValueError, match="unsupported"):
        m.add("plus", [[{"NORM": "a"}, {"OP": "+"}]])


def test_a_states_role_group_is_named_with_its_demonym():
    G = gk.extract(
        "Armenian border guards fired at Azerbaijani eco-activists near the Lachin corridor.",
        date="2023-01-01",
    )
    assert G.nodes["arm_border_guards"]["name"] == "Armenian border guards"
    assert G.nodes["aze_eco_activists"]["name"] == "Azerbaijani eco-activists"
    assert G.nodes["aze_eco_activists"]["parent"] == "aze"


def test_the_3_plus_3_platform_and_the_osce_assembly_are_known_bodies():
    G = gk.extract(
        "The 3+3 format brings together Armenia, Azerbaijan, Georgia, Russia, Turkey and Iran.",
        date="2023-10-23",
    )
    assert sorted(triples(G)) == [
        (state, "platform_3plus3", "member_of")
        for state in ["arm", "aze", "geo", "irn", "rus", "tur"]
    ]
    G = gk.extract("The OSCE Parliamentary Assembly condemned Azerbaijan.", date="2020-10-01")
    assert triples(G) == [("osce_pa", "aze", "criticize")]
    assert G.nodes["osce_pa"]["parent"] == "osce"


def test_land_returned_to_a_state_is_conceded_to_that_state():
    # the land in the gap of "return * to" is what changes hands, not the receiver
    # (round 26: and the land handed over is the giver's, not the receiver's)
    G = gk.extract("Armenia returned Kalbajar to Azerbaijan.", date="2020-11-25")
    assert triples(G) == [("arm", "aze", "concede"), ("arm", "kalbajar", "control")]
    G = gk.extract(
        "Armenia agreed to return four abandoned border villages to Azerbaijan.",
        date="2024-04-20",
    )
    assert edges(G) == [
        ("arm", "aze", "concede", "offered"),
        ("arm", "qazax_villages", "control", "asserted"),
    ]


def test_the_districts_around_karabakh_and_the_qazax_villages_are_known_places():
    G = gk.extract(
        "Azerbaijan regained control of the surrounding territories that had been held by "
        "Armenian forces.",
        date="2020-12-01",
    )
    assert ("aze", "surrounding_districts", "control") in triples(G)
    G = gk.extract(
        "Azerbaijan took control of the four Azerbaijani border villages.", date="2024-05-25"
    )
    assert triples(G) == [("aze", "qazax_villages", "control")]


def test_a_territorys_offices_and_army_are_those_of_the_group_that_governs_it():
    text = "The President of Artsakh accused Azerbaijan of shelling Stepanakert."
    assert ("harutyunyan", "aze", "accuse_aggression") in triples(
        gk.extract(text, date="2021-05-01")
    )
    assert ("shahramanyan", "aze", "accuse_aggression") in triples(
        gk.extract(text, date="2023-10-01")
    )
    G = gk.extract(
        "The Defense Army said Azerbaijani forces shelled Stepanakert.", date="2022-08-01"
    )
    assert ("separatists", "aze", "accuse_aggression") in triples(G)
    G = gk.extract(
        "Nagorno-Karabakh is run by its mostly ethnic Armenian inhabitants.", date="2022-08-01"
    )
    assert triples(G) == [
        ("nagorno_karabakh_population", "nagorno_karabakh", "inhabit"),
        ("separatists", "nagorno_karabakh", "control"),
    ]
    G = gk.extract(
        "Nagorno-Karabakh had been controlled by breakaway ethnic Armenians since 1994.",
        date="2022-08-01",
    )
    assert triples(G) == [("separatists", "nagorno_karabakh", "control")]


def test_who_lives_in_a_territory_is_read_from_its_descriptions():
    for text in [
        "Nagorno-Karabakh, an Armenian-populated enclave in Azerbaijan, was attacked.",
        "Nagorno-Karabakh has a mainly ethnic Armenian population.",
        "Nagorno-Karabakh and its 120,000 Armenian residents are cut off.",
        "Around 120,000 ethnic Armenians live in Nagorno-Karabakh.",
        "The Armenian minority living in Nagorno-Karabakh is afraid.",
        # the words of wire reports' background paragraphs
        "Nagorno-Karabakh, a region of Azerbaijan that was primarily populated by ethnic "
        "Armenians, was retaken.",
        "Azerbaijan took Nagorno-Karabakh, where ethnic Armenians have lived for centuries.",
        "Azerbaijan retook Nagorno-Karabakh, and a majority of its 120,000 inhabitants are "
        "Armenian.",
        "The region of Nagorno-Karabakh still hosts a sizable Armenian population.",
        "Azerbaijan retook the ethnic-Armenian province of Nagorno-Karabakh.",
        "Azerbaijan dissolved the mainly ethnic Armenian-inhabited entity of Nagorno-Karabakh.",
        "Azerbaijan attacked Nagorno-Karabakh, an ethnic Armenian region inside Azerbaijan.",
        "Many Armenians living in the breakaway Azeri region of Nagorno-Karabakh fled.",
    ]:
        G = gk.extract(text, date="2022-08-01")
        assert ("nagorno_karabakh_population", "nagorno_karabakh", "inhabit") in triples(G), text
    # a state's possessions are no people ("Azerbaijan has a large army")
    G = gk.extract("Azerbaijan has a large army.", date="2022-08-01", allow_empty=True)
    assert triples(G) == []
    # a state's region is no people's ("the Armenian region of Syunik" is Armenia's), and a
    # demonym before "region" is a description, not a new place's name
    G = gk.extract("Azerbaijan shelled the Armenian region of Syunik.", date="2022-08-01")
    assert triples(G) == [("aze", "syunik", "attack"), ("syunik", "arm", "part_of")]
    G = gk.extract("Azerbaijan shelled an Armenian region.", date="2022-08-01", allow_empty=True)
    assert len(G) == 0
    # a description belongs to the territory it follows, not to one named before
    G = gk.extract(
        "Azerbaijan shelled Syunik and Nagorno-Karabakh, which is populated by Armenians.",
        date="2022-08-01",
    )
    assert ("nagorno_karabakh_population", "nagorno_karabakh", "inhabit") in triples(G)
    assert not any(t[2] == "inhabit" and t[1] == "syunik" for t in triples(G))


def test_the_states_that_chair_a_body_are_its_members_however_they_are_listed():
    cases = {
        # led by: the body's chairs, not parties it mediates between
        "The OSCE Minsk Group, led by Russia, the United States and France, has mediated for "
        "decades.": ["fra", "rus", "usa"],
        # a list in parentheses after the body's co-chairs
        "The Minsk Group co-chairs (Russia, the United States and France) called for calm.": [
            "fra",
            "rus",
            "usa",
        ],
        # demonyms before "co-chairs of"
        "The Russian, French, and American co-chairs of the Minsk Group called for calm.": [
            "fra",
            "rus",
            "usa",
        ],
    }
    for text, states in cases.items():
        G = gk.extract(text, date="2020-10-25")
        members = sorted(u for u, v, t in triples(G) if t == "member_of" and v == "minsk_group")
        assert members == states, text
        assert not [t for t in triples(G) if t[2] == "mediate"], text


def test_un_offices_and_advocacy_groups_are_known_bodies():
    G = gk.extract(
        "The UN human rights office urged Azerbaijan to protect civilians.", date="2020-11-02"
    )
    assert triples(G) == [("ohchr", "aze", "appeal")]
    assert G.nodes["ohchr"]["parent"] == "un"
    G = gk.extract("The Lemkin Institute accused Azerbaijan of genocide.", date="2023-09-25")
    assert triples(G) == [("lemkin_institute", "aze", "accuse_war_crimes")]
    assert G.nodes["lemkin_institute"]["kind"] == "ngo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Russian peacekeepers are "
            "providing medical assistance to the civilian population.",
            ("rus_peacekeepers", "nagorno_karabakh_population", "humanitarian_aid"),
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Russian peacekeepers "
            "evacuated civilians.",
            ("rus_peacekeepers", "nagorno_karabakh_population", "humanitarian_aid"),
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. The ICRC delivered aid to "
            "the residents.",
            ("icrc", "nagorno_karabakh_population", "humanitarian_aid"),
        ),
    ],
)
def test_aid_for_people_of_no_named_place_goes_to_the_texts_territory(text, expected):
    assert expected in triples(gk.extract(text, date="2023-09-20"))


def test_aid_for_people_needs_a_territory_and_no_named_recipient():
    # no territory in the text: no one to give the people to
    G = gk.extract("The ICRC delivered aid to civilians.", allow_empty=True)
    assert triples(G) == []
    # a named recipient before the people is the recipient
    G = gk.extract(
        "Azerbaijan attacked Nagorno-Karabakh. The EU sent aid to Armenia's refugees.",
        date="2023-09-20",
    )
    assert ("eu", "arm_population", "humanitarian_aid") in triples(G)
    assert not any(t[1] == "nagorno_karabakh_population" for t in triples(G))


@pytest.mark.parametrize(
    "text",
    [
        # a hyphenated role phrase matches the tokens the tokenizer makes of it
        "The self-proclaimed republic accused Azerbaijan of shelling Stepanakert.",
        "The self-declared republic accused Azerbaijan of shelling Stepanakert.",
        # "the region's military": the territory named last, held by a group of its own
        "Fighting broke out in Nagorno-Karabakh. The region's military accused Azerbaijan of "
        "shelling Stepanakert.",
        "Fighting broke out in Nagorno-Karabakh. The self-proclaimed republic's foreign "
        "ministry accused Azerbaijan of shelling Stepanakert.",
    ],
)
def test_the_group_that_holds_a_territory_named_by_description(text):
    assert ("separatists", "aze", "accuse_aggression") in triples(
        gk.extract(text, date="2023-09-20")
    )


def test_the_military_of_a_region_no_group_holds_is_no_one():
    # the territory named last has no group of its own: "the region's military" is unknown
    G = gk.extract(
        "Armenia shelled Tavush. The region's military accused Azerbaijan of aggression.",
        date="2021-05-01",
        allow_empty=True,
    )
    assert not any(t[0] == "separatists" for t in triples(G))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pashinyan has been critical of the CSTO.", [("pashinyan", "csto", "criticize")]),
        ("Armenia bought rockets from India, irking Azerbaijan.", [("aze", "arm", "disapprove")]),
        # a passive judgement of an act its demonym names: the act's doer is judged
        (
            "The Azerbaijani offensive has been condemned by the US.",
            [("usa", "aze", "criticize")],
        ),
        # a passive agent that is a list ending with "and"
        (
            "Azerbaijan was condemned by the US, the EU and Russia.",
            [("eu", "aze", "criticize"), ("rus", "aze", "criticize"), ("usa", "aze", "criticize")],
        ),
    ],
)
def test_criticism_by_adjective_irritation_and_listed_judges(text, expected):
    assert sorted(triples(gk.extract(text, date="2022-09-20"))) == expected


def test_a_list_after_by_that_has_its_own_verb_is_not_the_agent():
    # "by Russia, Armenia and Azerbaijan had agreed": Russia mediated; the others agreed
    G = gk.extract(
        "After mediation by Russia, Armenia and Azerbaijan had agreed a truce.", date="2022-09-20"
    )
    assert ("rus", "arm", "mediate") in triples(G)
    assert ("arm", "aze", "mediate") not in triples(G)
    assert not any(t[0] in ("arm", "aze") and t[2] == "mediate" for t in triples(G))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital after a noun of giving and "to" is the recipient, not a place
        ("Turkey voiced strong support to Baku in the conflict.", [("tur", "aze", "support")]),
        ("Washington sent a warning to Moscow.", [("usa", "rus", "threaten")]),
        # after a verb of a journey it is the government visited, as "travelled to Azerbaijan"
        # (round 46: the coders code "flew to Yerevan" as a visit)
        ("Lavrov travelled to Baku.", [("lavrov", "aze", "consult")]),
    ],
)
def test_a_capital_after_a_gift_and_to_is_its_recipient(text, expected):
    assert triples(gk.extract(text, date="2022-09-20", allow_empty=True)) == expected


def test_two_who_meet_two_meet_each_of_them():
    G = gk.extract(
        "In Prague, European Council President Charles Michel and French President Emmanuel "
        "Macron met the Azerbaijani President Ilham Aliyev and the Armenian Prime Minister "
        "Nikol Pashinyan.",
        date="2022-10-08",
    )
    assert sorted(triples(G)) == [
        ("macron", "aliyev", "meet"),
        ("macron", "pashinyan", "meet"),
        ("michel", "aliyev", "meet"),
        ("michel", "pashinyan", "meet"),
    ]
    # with no object the subjects met each other
    G = gk.extract("Aliyev and Pashinyan met in Brussels.", date="2022-10-08")
    assert triples(G) == [("aliyev", "pashinyan", "meet")]


def test_a_list_that_ends_with_others_unnamed_keeps_its_named_members():
    G = gk.extract(
        "Tehran has tried to stay in contact with Baku, Yerevan and other regional actors.",
        date="2022-10-08",
    )
    assert sorted(triples(G)) == [("irn", "arm", "consult"), ("irn", "aze", "consult")]
    # a comma-joined actor after a list's end is not part of it
    G = gk.extract("Iran met Armenia, Russia said.", date="2022-10-08")
    assert ("irn", "rus", "meet") not in triples(G)


def test_a_call_to_end_the_fighting_goes_to_the_pair_that_fights():
    # "fighting" is compared by its lemma ("fight"), as every word of the sentence is
    G = gk.extract(
        "Armenia and Azerbaijan clashed on Monday. UN Secretary-General Antonio Guterres "
        "urged an immediate end to the fighting.",
        date="2022-09-14",
    )
    assert ("guterres", "arm", "appeal") in triples(G)
    assert ("guterres", "aze", "appeal") in triples(G)


@pytest.mark.parametrize(
    "name",
    [
        "APPEAL_CONTEXT",
        "HELD_EVENTS",
        "TRUCE_WORDS",
        "CALL_VERBS",
        "GOAL_VERBS",
        "TOPIC_VERBS",
        "MEDIATION_NOUNS",
        "PROCESS_NOUNS",
        "RECIPROCAL_WORDS",
    ],
)
def test_word_sets_compared_by_lemma_hold_their_words_lemmas(name):
    # a set the rules compare with a token's lemma must hold the lemma of each of its words
    # ("fighting" is read as "fight"): a word whose lemma is missing never matches
    from graphlib_kb.extract import rules
    from graphlib_kb.extract.gazetteer import build_gazetteer
    from graphlib_kb.extract.lexicon import read_lexicon
    from graphlib_kb.extract.pipeline import get_pipeline

    words = getattr(rules, name)
    nlp = get_pipeline(build_gazetteer(), tuple(read_lexicon())).nlp
    missing = []
    for word in sorted(words):
        doc = nlp(word)
        if len(doc) == 1 and doc[0].norm_ not in words:
            missing.append(f"{word} -> {doc[0].norm_}")
    assert missing == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation before a possessor negates the verb, not the act the possessor's noun names
        (
            "Pashinyan said Armenia would not accept Azerbaijan's demand for constitutional "
            "changes.",
            [("aze", "arm", "demand")],
        ),
        ("Armenia did not condemn Russia's attack on Ukraine.", [("rus", "ukr", "attack")]),
        # ... while a negation of the act itself still holds
        ("Azerbaijan did not attack Armenia.", []),
        # the helper asked for is the demonym or possessor before "help"
        (
            "Armenia asks for Russian help amid tensions with Azerbaijan.",
            [("arm", "rus", "appeal")],
        ),
        ("Armenia sought Moscow's assistance against Azerbaijan.", [("arm", "rus", "appeal")]),
    ],
)
def test_possessed_acts_and_the_helper_asked_for(text, expected):
    assert triples(gk.extract(text, date="2022-10-08", allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The separatists agreed to disarm, as demanded by Azerbaijan.",
            [("aze", "separatists", "demand")],
        ),
        ("Armenia withdrew its troops, as requested by Russia.", [("rus", "arm", "appeal")]),
    ],
)
def test_as_demanded_by_x_is_a_demand_of_the_main_clauses_subject(text, expected):
    assert triples(gk.extract(text, date="2023-09-22")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who asks is the one the request is "of" or "from"; the one asked is the subject
        ("Russia sent troops at the request of Armenia.", [("arm", "rus", "appeal")]),
        ("The UN received a request from Armenia.", [("arm", "un", "appeal")]),
        # calls from a third party for a truce go to the two who fight
        (
            "Armenia and Azerbaijan clashed. The shelling stopped following calls for an "
            "immediate truce from France and Russia.",
            [
                ("arm", "aze", "war"),
                ("fra", "arm", "appeal"),
                ("fra", "aze", "appeal"),
                ("rus", "arm", "appeal"),
                ("rus", "aze", "appeal"),
            ],
        ),
    ],
)
def test_the_source_of_a_request_is_who_it_is_of_or_from(text, expected):
    assert sorted(triples(gk.extract(text, date="2022-09-22"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Baku demanded the withdrawal of Armenian troops from the region of Nagorno-Karabakh.",
            ("arm", "nagorno_karabakh", "occupy", "alleged"),
        ),
        (
            "All units of Azerbaijan's armed forces must be withdrawn from the sovereign "
            "territory of Armenia.",
            ("aze", "arm", "occupy", "alleged"),
        ),
        (
            "Grigoryan expressed concern about the continued presence of the Azerbaijani armed "
            "forces in the territory of Armenia.",
            ("aze", "arm", "occupy", "alleged"),
        ),
        (
            "Armenia and Azerbaijan clashed on the border. Units of the Azerbaijani Armed Forces "
            "entered the sovereign territory of Armenia.",
            ("aze", "arm", "occupy", "asserted"),
        ),
    ],
)
def test_a_sides_forces_on_anothers_land_occupy_it(text, expected):
    G = gk.extract(text, date="2021-05-20")
    found = {(s, t, d["type"], d["status"]) for s, t, d in G.edges(data=True)}
    assert expected in found


def test_forces_leaving_land_under_a_deal_occupy_nothing():
    # no side set against Russia, no one demands it: a withdrawal, not a charge of occupation
    G = gk.extract(
        "The withdrawal of Russian troops from Nagorno-Karabakh was completed in June.",
        date="2024-06-20",
        allow_empty=True,
    )
    assert not any(d["type"] == "occupy" for _, _, d in G.edges(data=True))


def test_a_place_liberated_from_occupation_was_held_by_the_occupier():
    G = gk.extract(
        "Armenia and Azerbaijan fought a war in 2020. Two journalists died in the Kalbajar "
        "district liberated from Armenia's occupation.",
        date="2021-06-15",
    )
    found = {(s, t, d["type"], d["status"]) for s, t, d in G.edges(data=True)}
    assert ("arm", "kalbajar", "occupy", "historical") in found
    # the side the text sets against the occupier holds it now
    assert ("aze", "kalbajar", "control", "asserted") in found
    # liberated with no occupier named: nothing is said of who held it
    G = gk.extract(
        "Aliyev met Erdogan in the Fuzuli region, also liberated in 2020.", date="2021-06-15"
    )
    assert not any(d["type"] in ("occupy", "control") for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        "Russia, Armenia's security guarantor, is busy in Ukraine.",
        "Russia is seen as the guarantor of Armenia's security.",
    ],
)
def test_a_security_guarantor_is_an_ally(text):
    G = gk.extract(text, date="2022-09-13")
    assert {frozenset((s, t)) for s, t, d in G.edges(data=True) if d["type"] == "cooperate"} == {
        frozenset(("rus", "arm"))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and Iran have good relations.", [("arm", "irn", "cooperate")]),
        ("Armenia and Iran have had good relations for decades.", [("arm", "irn", "cooperate")]),
        ("Armenia has no good relations with Turkey.", []),
    ],
)
def test_two_that_have_good_relations_cooperate(text, expected):
    assert triples(gk.extract(text, date="2022-09-13", allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan announced the closure of the Lachin corridor.",
            [("aze", "lachin_corridor", "blockade")],
        ),
        (
            "Azerbaijan's Defense Ministry declared the commencement of local anti-terrorist "
            "operations in Nagorno-Karabakh.",
            [("aze", "separatists", "attack")],
        ),
        # a report of an act is no claim to it
        ("Armenia reported the shelling of its villages.", []),
    ],
)
def test_an_announced_act_named_by_a_noun_is_the_announcers(text, expected):
    assert triples(gk.extract(text, date="2023-09-19", allow_empty=True)) == expected


def test_an_announced_act_with_its_own_agent_or_a_truce_is_not_the_announcers():
    G = gk.extract(
        "Aliyev announced the capture of the city of Shusha by his army.",
        date="2020-11-08",
        allow_empty=True,
    )
    assert not any(s == "aliyev" for s, _, _ in triples(G))
    G = gk.extract(
        "Armenia and Azerbaijan fought. Moscow mediated and announced a ceasefire.",
        date="2020-10-10",
    )
    assert not any(d["type"] == "ceasefire" and "rus" in (s, t) for s, t, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia denied shelling Ganja.",
        "Nagorno-Karabakh's military officials on Sunday denied attacking Ganja.",
    ],
)
def test_a_denied_attack_on_a_town_answers_the_towns_state(text):
    G = gk.extract(text, date="2020-10-11")
    found = {(s, t, d["type"], d["status"]) for s, t, d in G.edges(data=True)}
    source = "arm" if text.startswith("Armenia") else "separatists"
    assert (source, "aze", "attack", "denied") in found
    assert (source, "aze", "deny", "asserted") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after people or forces describes them: no act of theirs, no charge
        (
            "Azerbaijan said Sunday it had freed 10 more Armenian soldiers captured last month.",
            # (the release says who held them: round 23)
            [("aze", "arm", "coerce"), ("aze", "arm", "concede")],
        ),
        (
            "The Russian peacekeeping force stationed in the region took part in the event, "
            "Azerbaijan's Defence Ministry said.",
            [],
        ),
        # forces that act in the active voice still act
        (
            "Armenia said Azerbaijani troops attacked on Tuesday.",
            # (round 35: an attack on no named actor that a state reports is on that state)
            [("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")],
        ),
    ],
)
def test_a_participle_after_people_or_forces_describes_them(text, expected):
    assert triples(gk.extract(text, date="2023-09-20", allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has sought to preserve strong ties with its ally Armenia.", {"rus", "arm"}),
        (
            "Tehran fears losing its influence in a region dominated by Moscow, its ally.",
            {"irn", "rus"},
        ),
        ("Turkey, a close ally of Azerbaijan, sent drones.", {"tur", "aze"}),
    ],
)
def test_whose_ally_a_possessive_names(text, expected):
    G = gk.extract(text, date="2023-09-20")
    assert [{s, t} for s, t, d in G.edges(data=True) if d["type"] == "cooperate"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "calls" as a verb, and an "of" that belongs to a noun after the request: the
        # subject asks
        ("Armenia calls for the withdrawal of Azerbaijan's troops.", [("arm", "aze", "appeal")]),
        (
            "The EU renewed its call for the release of Armenia's prisoners.",
            [("eu", "arm", "appeal")],
        ),
        # "X and its ally Y": X's ally
        (
            "Armenia accused Azerbaijan and its ally Turkey of aggression.",
            [("arm", "aze", "accuse_aggression"), ("aze", "tur", "cooperate")],
        ),
        # a relation a possessor names is negated like any other
        ("Russia is not Armenia's security guarantor.", []),
        # a possessor is not met
        ("Armenia and Azerbaijan met Russia's demands.", [("arm", "aze", "meet")]),
        # the main clause's subject, not the first actor of the sentence
        (
            "Russia said Armenia withdrew its troops, as requested by the EU.",
            [("eu", "arm", "appeal")],
        ),
        # an announcement that judges an act, or reports the other side's, is no act of the
        # announcer's (round 37: the closure named with no doer is Azerbaijan's, as coded)
        (
            "Armenia declared the closure of the Lachin corridor illegal.",
            [("aze", "lachin_corridor", "blockade")],
        ),
    ],
)
def test_round_15_readings_keep_their_limits(text, expected):
    assert sorted(triples(gk.extract(text, date="2023-09-20", allow_empty=True))) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a negated entry, a withdrawal no one demands, a presence no one charges, and a
        # state after "as" (no land after "from" or "in") occupy nothing
        "Armenia and Azerbaijan clashed. Azerbaijani forces never entered the territory of "
        "Armenia, Baku said.",
        "Iran expressed concern about the withdrawal of Russian troops from Nagorno-Karabakh.",
        "Armenia should sign the deal; the presence of Russian forces in Armenia is a guarantee.",
        "Armenia demanded the withdrawal of Azerbaijani troops, as Russia watched.",
    ],
)
def test_forces_on_land_need_a_charge_and_a_land(text):
    G = gk.extract(text, date="2023-09-20", allow_empty=True)
    assert not any(d["type"] == "occupy" for _, _, d in G.edges(data=True))


def test_a_reported_attack_by_forces_after_another_act_is_still_charged():
    G = gk.extract(
        "Armenia criticized the ceasefire violation, saying Azerbaijani forces attacked at dawn.",
        date="2023-09-20",
    )
    assert ("arm", "aze", "accuse_aggression") in triples(G)


# --- round 16 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # condemning an attack charges its doer with aggression, beside the criticism
        (
            "Pakistan condemned the attack by Armenian forces on the Tovuz district of Azerbaijan.",
            {("pak", "arm", "criticize"), ("pak", "arm", "accuse_aggression")},
        ),
        (
            "Turkey condemned the recent provocation of Armenia against Azerbaijan.",
            {("tur", "arm", "criticize"), ("tur", "arm", "accuse_aggression")},
        ),
        # condemning something other than an attack charges no aggression
        ("France condemned Azerbaijan's decision to close the border.", set()),
    ],
)
def test_condemning_an_attack_charges_its_doer(text, expected):
    G = gk.extract(text, date="2023-09-20", allow_empty=True)
    found = {t for t in triples(G) if t[2] in ("criticize", "accuse_aggression")}
    assert found >= expected
    if not expected:
        assert not any(t[2] == "accuse_aggression" for t in found)


def test_a_negated_condemnation_charges_nothing():
    G = gk.extract("Armenia did not condemn Azerbaijan's shelling of Sotk.", date="2023-09-20")
    assert ("arm", "aze", "accuse_aggression") not in triples(G)
    assert ("arm", "aze", "criticize") not in triples(G)


def test_a_judge_of_a_fight_does_not_become_a_side_of_it():
    # France's charge against Azerbaijan does not make France and Azerbaijan "the two sides"
    G = gk.extract(
        "Armenia and Azerbaijan fought for two days. France condemned the attack by "
        "Azerbaijan on Armenia. France condemned it again. The two sides agreed to a truce.",
        date="2023-09-20",
    )
    truce = {frozenset((s, t)) for s, t, d in G.edges(data=True) if d["type"] == "ceasefire"}
    assert truce == {frozenset(("arm", "aze"))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the country" is not the state whose forces act on it in the same clause
        (
            "Armenia said Azerbaijani forces invaded the country.",
            {("aze", "arm", "attack"), ("arm", "aze", "accuse_aggression")},
        ),
        (
            "Yerevan said that the Azerbaijani army attempted to invade the country near Jermuk.",
            {("aze", "arm", "attack"), ("arm", "aze", "accuse_aggression")},
        ),
        # the subject of another clause ("Turkey supports Azerbaijan and the country ...")
        # stays the state named last
        (
            "Russia criticised Armenia, and the country then attacked Azerbaijan.",
            {("rus", "arm", "criticize"), ("arm", "aze", "attack")},
        ),
    ],
)
def test_the_country_is_not_its_own_clause_subject(text, expected):
    assert set(triples(gk.extract(text, date="2023-09-20"))) >= expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both presidents" long after the two were named: the two presidents, not the states
        (
            "President Ilham Aliyev of Azerbaijan and Armenian Prime Minister Nikol Pashinyan "
            "spoke in January. Fighting continued. Shelling went on. The talks stalled. "
            "Blinken met individually with both presidents in Munich.",
            {("blinken", "aliyev", "meet"), ("blinken", "pashinyan", "meet")},
        ),
        # "the two ministers": the foreign ministers, not the heads of state named later
        (
            "Azerbaijani Foreign Minister Jeyhun Bayramov met Armenian Foreign Minister Ararat "
            "Mirzoyan. President Aliyev was in Baku. Prime Minister Pashinyan was in Yerevan. "
            "Fighting continued. Blinken later hosted the two ministers.",
            {("blinken", "bayramov", "mediate"), ("blinken", "mirzoyan", "mediate")},
        ),
    ],
)
def test_two_leaders_are_the_office_holders_named_before(text, expected):
    assert set(triples(gk.extract(text, date="2023-09-20"))) >= expected


def test_two_leaders_with_no_office_holder_named_stay_the_states():
    G = gk.extract(
        "Armenia and Azerbaijan clashed again. Blinken met both leaders in Munich.",
        date="2023-09-20",
    )
    assert {("blinken", "arm", "meet"), ("blinken", "aze", "meet")} <= set(triples(G))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # helping the parties reach peace is mediation, not aid
        (
            "Armenia and Azerbaijan clashed. Iran voiced readiness to assist the parties in "
            "achieving lasting peace.",
            {("irn", "arm", "offer_mediation"), ("irn", "aze", "offer_mediation")},
        ),
        # assistance to people stays aid
        (
            "Armenia and Azerbaijan clashed. Iran will assist Armenia with food.",
            {("irn", "arm", "aid")},
        ),
    ],
)
def test_assisting_toward_peace_is_mediation(text, expected):
    found = set(triples(gk.extract(text, date="2023-09-20")))
    assert found >= expected
    assert not any(t[2] == "aid" for t in found - expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "chief" before a name is a title: the person, not the organisation before it
        ("Aliyev met EU chief Charles Michel.", ("aliyev", "michel", "meet")),
        ("Aliyev met European Council chief Michel.", ("aliyev", "michel", "meet")),
        ("Aliyev met EU foreign policy chief Josep Borrell.", ("aliyev", "borrell", "meet")),
    ],
)
def test_chief_is_a_title(text, expected):
    assert triples(gk.extract(text, date="2023-09-20")) == [expected]


def test_support_voiced_for_an_accord_goes_to_its_parties():
    G = gk.extract(
        "Russia also voiced support for the agreement between Armenia and Azerbaijan.",
        date="2023-09-20",
    )
    assert {("rus", "arm", "support"), ("rus", "aze", "support")} <= set(triples(G))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a welcomed deed "by X": X is backed, each of a list
        (
            "France welcomed the joint announcement by Foreign Minister Jeyhun Bayramov and "
            "Foreign Minister Ararat Mirzoyan on a ceasefire.",
            {("fra", "bayramov", "support"), ("fra", "mirzoyan", "support")},
        ),
        (
            "France welcomed the decision by Azerbaijan to reopen the road.",
            {("fra", "aze", "support")},
        ),
    ],
)
def test_a_welcomed_deed_backs_its_doer(text, expected):
    found = {t for t in triples(gk.extract(text, date="2023-09-20")) if t[2] == "support"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group that disarms or dissolves itself concedes to the side that attacked it
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. The separatists agreed to "
            "disarm under a ceasefire agreement.",
            ("separatists", "aze", "concede"),
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. The separatists' regime said "
            "it will dissolve itself.",
            ("separatists", "aze", "concede"),
        ),
        # the one disarmed concedes to the one who disarms it
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Azerbaijan will disarm the "
            "separatists.",
            ("separatists", "aze", "concede"),
        ),
    ],
)
def test_disarming_is_conceding(text, expected):
    found = [t for t in triples(gk.extract(text, date="2023-09-20")) if t[2] == "concede"]
    assert found == [expected]


def test_colleagues_are_counterparts_and_heads_are_those_the_text_names():
    # "his ... colleagues": the holders of his title in those states
    G = extract_holders(
        "Russian Foreign Minister Sergey Lavrov met his Armenian and Azerbaijani colleagues.",
        date="2023-06-01",
    )
    assert {("lavrov", "mirzoyan", "meet"), ("lavrov", "bayramov", "meet")} <= set(triples(G))
    # the head who leads the state, though the text names another head of it
    G = extract_holders(
        "Azerbaijani Prime Minister Ali Asadov visited Moscow. Putin later called his "
        "Azerbaijani counterpart.",
        date="2021-01-11",
    )
    assert ("putin", "aliyev", "consult") in triples(G)
    # a head's counterpart leads that state: Armenia's prime minister, Germany's chancellor
    G = extract_holders("Putin held talks with his Armenian colleague.", date="2023-06-01")
    assert ("putin", "pashinyan", "negotiate") in triples(G)
    G = extract_holders("Pashinyan met his German counterpart.", date="2023-06-01")
    assert ("pashinyan", "scholz", "meet") in triples(G)
    # a prime minister of a presidential state, or a ceremonial president, keeps the title
    G = extract_holders(
        "Russian Prime Minister Mikhail Mishustin met his Azerbaijani counterpart.",
        date="2023-06-01",
    )
    assert ("mishustin", "asadov", "meet") in triples(G)
    G = extract_holders(
        "Armenian President Vahagn Khachaturyan met his Georgian counterpart.", date="2023-06-01"
    )
    assert ("khachaturyan", "zourabichvili", "meet") in triples(G)
    # the head of government the text named for a state the gazetteer has no leader of
    G = extract_holders(
        "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. Aliyev held talks with "
        "his Israeli counterpart.",
        date="2023-06-01",
    )
    assert ("aliyev", "netanyahu", "negotiate") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place between the talks and "with" is where, not a party; the partner follows
        (
            "Russian Foreign Minister Sergey Lavrov held a meeting in Moscow with his Armenian "
            "counterpart.",
            [("lavrov", "mirzoyan", "negotiate")],
        ),
        # a long gap of other words still ends the search
        ("Lavrov held a meeting on the long-delayed border issue with Armenia.", []),
    ],
)
def test_a_venue_does_not_hide_the_partner(text, expected):
    G = extract_holders(text, date="2023-09-20", allow_empty=True)
    assert [t for t in triples(G) if t[2] == "negotiate"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # telling or asking about an attack on one's own side charges the attacker
        ("Mirzoyan briefed Blinken on Azerbaijan's attacks on Armenia.", True),
        ("Pashinyan discussed with Macron the Azerbaijani aggression against Armenia.", True),
        # a third party's telling charges no one
        ("Lavrov briefed Blinken on Azerbaijan's attacks on Armenia.", False),
        # nor does telling about one's own side's attack
        ("Bayramov briefed Blinken on Azerbaijan's attacks on Armenia.", False),
    ],
)
def test_telling_of_an_attack_on_ones_side_is_a_charge(text, expected):
    G = gk.extract(text, date="2023-09-20")
    charged = {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "accuse_aggression"}
    teller = text.split()[0].lower()
    assert ((teller, "aze") in charged) is expected
    if expected:
        attack = [d for s, t, d in G.edges(data=True) if d["type"] == "attack"]
        assert [d["status"] for d in attack] == ["alleged"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "ambassador to Paris" is a post, not a plan
        (
            "Azerbaijan's ambassador to Paris criticized France.",
            [("aze", "fra", "criticize", "asserted")],
        ),
        (
            "Azerbaijan reiterated its serious concern over the activities of the EU Monitoring "
            "Mission in Armenia.",
            # (round 37: the mission the text places in Armenia aids it, as coded)
            [("aze", "euma", "disapprove", "asserted"), ("euma", "arm", "aid", "asserted")],
        ),
    ],
)
def test_an_envoys_post_and_reiterated_concern(text, expected):
    G = gk.extract(text, date="2023-09-20")
    assert sorted((s, t, d["type"], d["status"]) for s, t, d in G.edges(data=True)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the background paragraph of wire reports, in more of its forms
        "Nagorno-Karabakh, an internationally recognized part of Azerbaijan populated mostly "
        "by ethnic Armenians, has been a source of conflict.",
        "Nagorno-Karabakh is part of Azerbaijan. The enclave is part of Azerbaijan "
        "internationally, but is inhabited and managed by Armenians.",
        "Nagorno-Karabakh is part of Azerbaijan. The landlocked mountainous region is home to "
        "120,000 ethnic Armenians.",
        "Nagorno-Karabakh is internationally recognized as part of Azerbaijan, but its 120,000 "
        "residents are mostly ethnic Armenians.",
        "Baku and Yerevan have long disputed Nagorno-Karabakh, which is part of Azerbaijan but "
        "has a mainly ethnic Armenian population.",
        "Clashes erupted around Nagorno-Karabakh, part of Azerbaijan, but run by its mostly "
        "ethnic Armenian inhabitants.",
        "Nagorno-Karabakh is an ethnic Armenian region that broke away from Azerbaijan.",
    ],
)
def test_more_forms_of_who_lives_in_a_territory(text):
    G = gk.extract(text, date="2023-10-01")
    lives = [(s, t) for s, t, d in G.edges(data=True) if d["type"] == "inhabit"]
    assert lives == [("nagorno_karabakh_population", "nagorno_karabakh")]


@pytest.mark.parametrize(
    "text",
    [
        # a state's own people named after it are that state's residents, not the territory's
        "Nagorno-Karabakh is a disputed region, and Azerbaijan has a mainly Azerbaijani "
        "population.",
        # a population noun with no people named says nothing of who lives there
        "Nagorno-Karabakh is part of Azerbaijan, but its 120,000 residents are afraid.",
    ],
)
def test_who_lives_in_a_territory_keeps_its_limits(text):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    assert not any(d["type"] == "inhabit" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        # a description that places a contested territory in a state
        "The war centered on Nagorno-Karabakh, a sparsely-populated and mountainous separatist "
        "region inside Azerbaijan.",
        "Azerbaijan made gains in Nagorno-Karabakh, a territory technically in Azerbaijan.",
        "The road connects Armenia to the Nagorno-Karabakh region of Azerbaijan.",
        "Nagorno-Karabakh is an enclave within Azerbaijan.",
    ],
)
def test_a_territory_placed_in_a_state(text):
    # (round 41: the coders code such a description as the territory's part_of the state, 12
    # times in 13 on the read sets)
    G = gk.extract(text, date="2023-10-01")
    assert ("nagorno_karabakh", "aze", "part_of") in triples(G)
    assert ("aze", "nagorno_karabakh", "sovereignty") not in triples(G)


def test_a_states_own_province_is_no_sovereignty_claim():
    G = gk.extract("Syunik, a region of Armenia, was shelled by Azerbaijan.", date="2023-10-01")
    assert not any(d["type"] == "sovereignty" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        # "run by" after "been" is a passive; "a separatist administration" is the separatists
        "Nagorno-Karabakh has been run by a separatist administration for three decades.",
        # a passive coordinated with the clause before it has that clause's subject
        "Nagorno-Karabakh is part of Azerbaijan, but has been run by separatists for decades.",
        # "The ... region of X" opening the sentence names X, the subject
        "The ethnically Armenian region of Nagorno-Karabakh is internationally recognised as "
        "part of Azerbaijan, but has been run by a separatist administration for decades.",
    ],
)
def test_who_runs_a_territory(text):
    G = gk.extract(text, date="2023-10-01")
    assert ("separatists", "nagorno_karabakh", "control") in triples(G)


def test_been_before_an_adjective_or_gerund_is_no_passive():
    G = gk.extract(
        "Prime Minister Pashinyan has been critical of the CSTO. Azerbaijan has been "
        "conducting an offensive operation in Nagorno-Karabakh since September 27.",
        date="2020-11-01",
    )
    found = set(triples(G))
    assert {("pashinyan", "csto", "criticize"), ("aze", "separatists", "attack")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # the states a bracketed list after an organisation names are its members
        "The OSCE Minsk Group co-chairs (Russia, France, the US) called for calm.",
        "The Co-Chairs of the OSCE Minsk Group (Igor Popov of the Russian Federation, Stephane "
        "Visconti of France, and Andrew Schofer of the United States of America) spoke.",
    ],
)
def test_bracketed_members(text):
    G = gk.extract(text, date="2020-10-11")
    members = {s for s, t, d in G.edges(data=True) if d["type"] == "member_of"}
    assert members == {"rus", "fra", "usa"}


def test_an_abbreviation_in_brackets_is_no_member_list():
    G = gk.extract(
        "The European Union (EU) condemned the attack by Azerbaijan (Baku) on Armenia.",
        date="2023-10-01",
    )
    assert not any(d["type"] == "member_of" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends on a name or a people word (a headline) reads to its end
        "Clashes in Nagorno-Karabakh, condemned by the United States",
        "Nagorno-Karabakh is backed by the Russian Federation",
        "Karabakh has a majority Armenian",
    ],
)
def test_round_16_readings_stop_at_the_end_of_the_text(text):
    gk.extract(text, date="2023-10-01", allow_empty=True)  # no IndexError


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        # the telling and the attack in one clause, the attack asserted
        (
            "Mirzoyan spoke with Blinken, hours after Azerbaijani forces shelled Armenian "
            "positions.",
            False,
        ),
        (
            "Mirzoyan briefed Blinken on the talks, and Azerbaijani forces shelled Armenian "
            "villages.",
            False,
        ),
        (
            "Mirzoyan discussed with Blinken the peace treaty; Azerbaijan denied it had attacked "
            "Armenia.",
            False,
        ),
        # the two sides' own talks about an attack charge no one
        ("Armenia and Azerbaijan discussed the attacks by Azerbaijan on Armenia.", False),
        # condemnation: another clause, a plan, a threat or a denied act is no charge
        ("Iran condemned Israel for its comments, a day after Israeli jets struck Syria.", False),
        ("France condemned Azerbaijan's plans to attack Armenia.", False),
        ("France condemned Azerbaijan, which denied attacking Armenia.", False),
        # the victim's condemnation is a charge too
        ("Armenia condemned Azerbaijan's shelling of Armenian villages.", True),
    ],
)
def test_charges_from_telling_and_condemning_keep_their_limits(text, charged):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    rules_ = {d["rule"] for _, _, d in G.edges(data=True) if d["type"] == "accuse_aggression"}
    assert bool(rules_ & {"told_attack", "condemned_attack"}) is charged


def test_a_past_attack_told_stays_historical():
    G = gk.extract(
        "Mirzoyan briefed Blinken on the 2020 attacks by Azerbaijan on Armenia.",
        date="2023-10-01",
    )
    assert [d["status"] for _, _, d in G.edges(data=True) if d["type"] == "attack"] == [
        "historical"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support for one actor inside a phrase about an accord between two: that actor only
        (
            "Turkey pledged support for Azerbaijan in negotiations between Baku and Yerevan.",
            {("tur", "aze")},
        ),
        (
            "France expressed support for Armenia after the ceasefire between Armenia and "
            "Azerbaijan.",
            {("fra", "arm")},
        ),
    ],
)
def test_support_for_one_is_not_for_the_accords_parties(text, expected):
    G = gk.extract(text, date="2023-10-01")
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "support"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE (excluding Russia and Belarus) condemned the attack on Armenia.",
        "The ICRC (with help from Russia and Armenia) evacuated the wounded.",
    ],
)
def test_brackets_with_other_words_list_no_members(text):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    assert not any(d["type"] == "member_of" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        "Nagorno-Karabakh is not a region of Azerbaijan, Armenian nationalists say.",
        "Karabakh, Armenia's ally and an enclave inside Azerbaijan, was attacked.",
        "The Karabakh region of Armenia's neighbour Azerbaijan was shelled.",
        "Nakhchivan, a region of Azerbaijan, borders Iran.",
    ],
)
def test_a_territory_placed_in_a_state_keeps_its_limits(text):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    assert not any(d["rule"] == "region_of_state" for _, _, d in G.edges(data=True))


def test_a_second_passive_is_said_of_the_first_subject():
    G = gk.extract("Armenia condemned Azerbaijan, but has been hit by Turkish drones.")
    assert ("tur", "arm", "attack") in triples(G)
    assert ("tur", "aze", "attack") not in triples(G)


def test_the_two_foreign_ministers_are_no_defence_ministers():
    G = gk.extract(
        "Armenian Defence Minister Suren Papikyan met Azerbaijani Defence Minister Zakir "
        "Hasanov. Fighting continued. Shelling went on. Talks stalled. Blinken later hosted "
        "the two foreign ministers.",
        date="2023-06-01",
    )
    hosted = {t for s, t, d in G.edges(data=True) if s == "blinken" and d["type"] == "mediate"}
    assert hosted == {"arm", "aze"}


@pytest.mark.parametrize(
    "text",
    [
        # "the small region" is no reference to the territory named last
        "Azerbaijan attacked Nagorno-Karabakh. Ukraine said Russia occupied the small region "
        "near Kharkiv.",
        # a reiterated position citing another's concerns is no concern of the subject's
        "Russia reiterated its position, citing Armenia's concerns.",
    ],
)
def test_round_16_words_keep_their_limits(text):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    assert ("rus", "nagorno_karabakh", "occupy") not in triples(G)
    assert ("rus", "arm", "disapprove") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        # the state before "-led" leads, so belongs to, the organisation described
        "Armenia is a member of the Russia-led CSTO.",
        "Pashinyan criticized the CSTO, a Russia-led military alliance.",
    ],
)
def test_a_led_organisation_has_its_leader_as_member(text):
    assert ("rus", "csto", "member_of") in triples(gk.extract(text, date="2023-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "The Russia-led offensive on Ukraine was condemned by NATO.",
        "The Russia-led offensive angered the EU.",
        "The US-led sanctions against ICC judges drew criticism.",
    ],
)
def test_a_led_thing_that_is_no_organisation_has_no_members(text):
    G = gk.extract(text, date="2023-06-01", allow_empty=True)
    assert not any(d["type"] == "member_of" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid allocated or donated to a place or a state is humanitarian aid
        (
            "The EU allocated 5 million euros in humanitarian aid to Armenia.",
            {("eu", "arm", "humanitarian_aid")},
        ),
        # drones are no aid, nor is aid that is cut
        ("Iran shipped drones and fuel to Russia.", set()),
        ("The US cut aid to Azerbaijan.", set()),
    ],
)
def test_allocated_aid(text, expected):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    assert {t for t in triples(G) if t[2] == "humanitarian_aid"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker who calls another's deed unacceptable criticizes its doer
        ("Pashinyan said Azerbaijan's actions are unacceptable.", {("pashinyan", "aze")}),
        (
            '"The actions of the Azerbaijani side are unacceptable," Pashinyan said.',
            {("pashinyan", "aze")},
        ),
        (
            "Lavrov said the continued fighting between Armenia and Azerbaijan is unacceptable.",
            {("lavrov", "arm"), ("lavrov", "aze")},
        ),
        # the doer the subject names, by the speaker nearest the judgement
        ("Blinken said Russia's attacks on Ukraine are unacceptable.", {("blinken", "rus")}),
        (
            "Lavrov said Armenia's claims were false, while Blinken said Azerbaijan's actions are "
            "unacceptable.",
            {("blinken", "aze")},
        ),
        # not a place, not a victim, not negated or hypothetical, not the speaker's own side
        ("Mirzoyan said any change to the borders of Nagorno-Karabakh is unacceptable.", set()),
        ("Lavrov said any attack on Armenia would be unacceptable.", set()),
        ("Pashinyan did not say Azerbaijan's actions are unacceptable.", set()),
        ("Pashinyan said the situation is not unacceptable for Azerbaijan.", set()),
        ("Pashinyan said Armenia's position is unacceptable to some.", set()),
    ],
)
def test_judged_unacceptable(text, expected):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "criticize"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement of "the attack" / "the blockade" the text has just stated: its doer
        (
            "Azerbaijani forces shelled Armenian villages on Monday. The United States condemned "
            "the attack.",
            {("usa", "aze")},
        ),
        (
            "Armenia accused Azerbaijan of shelling its villages. Senator Adam Schiff also "
            "condemned the attack.",
            {("schiff", "aze")},
        ),
        (
            "Azerbaijan closed the Lachin corridor on Monday. Russia expressed concern over the "
            "blockade of the Lachin corridor.",
            {("rus", "aze")},
        ),
        (
            "Azerbaijan closed the Lachin corridor on Monday. France condemned this continued "
            "blockade.",
            {("fra", "aze")},
        ),
        # not the judge's own side, not an act the sentence gives its own parties, not one
        # stated in the same sentence or long before, not an indefinite act
        (
            "Azerbaijani forces shelled Armenian villages on Monday. Baku condemned the attack.",
            set(),
        ),
        (
            "Azerbaijani forces shelled Armenian villages on Monday. France condemned the attack "
            "by Armenia.",
            {("fra", "arm")},
        ),
        ("Azerbaijani forces shelled Armenian villages, and France condemned the attack.", set()),
        (
            "Azerbaijani forces shelled Armenian villages on Monday. Talks were held in May. The "
            "weather was calm. Markets rose. Prices fell. France condemned the attack.",
            set(),
        ),
        (
            "Azerbaijani forces shelled Armenian villages on Monday. France condemned any attack.",
            set(),
        ),
        # an alleged act, even one denied, is still the one "the attack" refers to
        (
            "Armenia accused Azerbaijan of shelling its villages. Azerbaijan denied it. France "
            "condemned the attack.",
            {("fra", "aze")},
        ),
        # a place after the noun that is not the act's target; acts of both sides in reach
        (
            "Azerbaijani forces shelled Armenian villages on Monday. The US condemned the attack "
            "on a synagogue in Jerba.",
            set(),
        ),
        # the act's victim named after the noun: the judged one is still its doer
        (
            "Azerbaijani forces shelled Armenian villages on Monday. Iran condemned the attack on "
            "Armenia.",
            {("irn", "aze")},
        ),
        (
            "Azerbaijan closed the Lachin corridor on Monday. Armenia condemned the blockade of "
            "Gaza.",
            set(),
        ),
        (
            "Azerbaijani forces shelled Armenian villages on Monday. The EU condemned the attack. "
            "Azerbaijan said it was responding to Armenian provocations. Russia condemned the "
            "attack.",
            {("eu", "aze")},
        ),
    ],
)
def test_judged_act_refers_back_to_its_doer(text, expected):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    found = {(s, t) for s, t, d in G.edges(data=True) if d["type"] in ("criticize", "disapprove")}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        (
            "OSCE Chairperson-in-Office Edi Rama urged Armenia to return to talks.",
            "2020-09-28",
            "rama",
        ),
        ("Ann Linde urged Azerbaijan and Armenia to return to talks.", "2021-05-20", "linde"),
        (
            "Igor Khovayev urged Azerbaijan and Armenia to return to talks.",
            "2022-05-20",
            "khovayev",
        ),
        ("Ned Price urged Azerbaijan to reopen the road.", "2022-12-20", "price"),
        ("Matthew Miller urged Azerbaijan to reopen the road.", "2023-07-20", "miller_matthew"),
    ],
)
def test_gazetteer_knows_the_conflicts_envoys_chairs_and_spokespeople(text, date, person):
    G = gk.extract(text, date=date)
    assert person in G
    assert G.nodes[person]["kind"] == "person"
    assert any(s == person for s, _, d in G.edges(data=True) if d["type"] == "appeal")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" before a hyphenated or "longtime" qualifier still names the owner
        ("Relations between Armenia and its longtime ally Russia soured.", {("arm", "rus")}),
        ("Aliyev had wanted its all-weather ally Turkey to attend.", {("aze", "tur")}),
        ("Armenia turned to its long-standing ally Russia.", {("arm", "rus")}),
        # a person's "its" is the person's state; "his" stays the person
        ("Aliyev thanked his close ally Erdogan.", {("aliyev", "erdogan")}),
    ],
)
def test_own_ally_qualifiers_and_a_persons_its(text, expected):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["rule"] == "ally"} == expected


def test_a_route_in_apposition_after_of_connects_its_ends():
    G = gk.extract(
        "The blockade of the Lachin corridor, the only road connecting the disputed region of "
        "Nagorno-Karabakh with Armenia, has sparked concern.",
        date="2022-12-15",
    )
    found = {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "connects"}
    assert found == {("lachin_corridor", "arm"), ("lachin_corridor", "nagorno_karabakh")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan and Armenia fought in 2020. Russia's war in Ukraine goes on.",
            {("rus", "ukr")},
        ),
        (
            "Azerbaijan and Armenia fought in 2020. Russia, distracted by its war in Ukraine, "
            "lost influence.",
            {("rus", "ukr")},
        ),
        # no owner, the owner's own state, or a nearer name that is no subject: nothing
        ("Azerbaijan and Armenia fought in 2020. The war in Ukraine goes on.", set()),
        ("North Korea sent shells to Russia for its war in Ukraine.", set()),
        (
            "Russia regards itself as the guarantor between Azerbaijan and Armenia - both "
            "former Soviet republics - but its war in Ukraine weakened it.",
            set(),
        ),
    ],
)
def test_an_owned_war_elsewhere(text, expected):
    G = gk.extract(text, date="2023-10-01", allow_empty=True)
    found = {(s, t) for s, t, d in G.edges(data=True) if d["rule"] == "owned_war_elsewhere"}
    assert found == expected


def test_an_owned_war_elsewhere_is_no_charge_of_the_speaker():
    # a war elsewhere inside a quotation is no charge of aggression by its speaker
    G = gk.extract(
        '"Russia, busy with its war in Ukraine, has failed us. It is not a reliable partner," '
        "Pashinyan said.",
        date="2023-10-01",
        allow_empty=True,
    )
    assert not any(d["type"] == "accuse_aggression" for _, _, d in G.edges(data=True))


def test_a_surname_that_is_a_word_is_no_person():
    G = gk.extract(
        "Price increases hit Armenia after Azerbaijan closed the border.", allow_empty=True
    )
    assert "price" not in G


def test_a_top_diplomat_posted_somewhere_is_an_envoy():
    G = gk.extract(
        "Russia's top diplomat in Baku said Azerbaijan shelled Armenia.", date="2023-05-01"
    )
    assert "lavrov" not in G


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own naming ("what it called") stands between the judgement and the deed
        (
            'Pelosi condemned what she described as an "illegal" attack by Azerbaijan on Armenia.',
            {("pelosi", "aze")},
        ),
        ("Turkey strongly condemned what it called an Armenian attack.", {("tur", "arm")}),
        (
            "Aliyev denounced what he described as another provocation of Armenia.",
            {("aliyev", "arm")},
        ),
        ("Armenia condemned what it called Azerbaijan's aggression.", {("arm", "aze")}),
        # another's naming is what is judged: its deed
        ("Russia condemned what Baku called an Armenian attack.", {("rus", "aze")}),
    ],
)
def test_a_judgement_reads_past_the_speakers_own_naming(text, expected):
    G = gk.extract(text, date="2023-04-20")
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "criticize"} == expected
    # "what it called" names; it is no phone call
    assert not any(d["rule"] == "call_someone" for _, _, d in G.edges(data=True))


def test_a_call_outside_a_hedge_is_still_a_call():
    G = gk.extract("Putin called Aliyev on Monday.", date="2023-04-20")
    assert [(s, t, d["type"]) for s, t, d in G.edges(data=True)] == [("putin", "aliyev", "consult")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a known person before a title that names the office's state (or the same holder)
        (
            "Antony Blinken, secretary of state of the United States, said Azerbaijan shelled "
            "Armenia.",
            "blinken",
        ),
        ("Ned Price, spokesman of the United States, said Azerbaijan shelled Armenia.", "price"),
    ],
)
def test_a_known_person_before_a_title_of_a_state_is_the_speaker(text, speaker):
    G = gk.extract(text, date="2022-05-01")
    speakers = {s for s, _, d in G.edges(data=True) if d["type"] == "accuse_aggression"}
    assert speakers == {speaker}


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        # "top diplomat" / "chief diplomat": the foreign minister, else the high representative
        (
            "Iran's top diplomat urged Azerbaijan to show restraint.",
            "2022-10-20",
            "amir_abdollahian",
        ),
        ("Russia's chief diplomat urged Azerbaijan to show restraint.", "2022-10-20", "lavrov"),
        ("The EU's top diplomat urged Azerbaijan to show restraint.", "2022-10-20", "borrell"),
        ("Iran's top diplomat urged Azerbaijan to show restraint.", "2019-10-20", "zarif"),
    ],
)
def test_a_states_top_diplomat_is_its_foreign_minister(text, date, person):
    G = extract_holders(text, date=date)
    assert {s for s, _, d in G.edges(data=True) if d["type"] == "appeal"} == {person}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nagorno-Karabakh returned to Azerbaijani control in 2023.",
            {("aze", "nagorno_karabakh")},
        ),
        ("Kalbajar was returned to Azerbaijani control in November.", {("aze", "kalbajar")}),
        # a return to talks is no control
        ("Armenia returned to the negotiating table under Russian pressure.", set()),
    ],
)
def test_a_return_to_a_states_control(text, expected):
    G = gk.extract(text, date="2023-11-20", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "control"} == expected


def test_organising_and_presiding_over_an_encounter_is_mediation():
    G = gk.extract(
        "Armenia and Azerbaijan held talks. Russian Foreign Minister Sergei Lavrov organized "
        "and presided over their second encounter in Minsk.",
        date="2021-11-20",
    )
    mediated = {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "mediate"}
    assert mediated == {("lavrov", "arm"), ("lavrov", "aze")}
    # presiding over one's own body's meeting mediates nothing
    G = gk.extract("Putin presided over a meeting of the Security Council.", allow_empty=True)
    assert not any(d["type"] == "mediate" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit opening the sentence is paid by the main clause's subject
        ("During a visit to Georgia, Bayramov said the talks were stalled.", {("bayramov", "geo")}),
        # (round 36: the visit is to the host the visitor meets)
        ("On a working visit to Baku, Hakan Fidan met Aliyev.", {("fidan", "aliyev")}),
        # "her visit" is paid by the person "her" stands for
        (
            "Baku condemned the remarks of Catherine Colonna during her visit to Armenia.",
            {("colonna", "arm")},
        ),
        # no visitor named, or other words between the preposition and the noun
        ("During the visit to Moscow, the sides discussed trade.", set()),
        ("Lavrov spoke at a meeting in Moscow with his visiting colleagues.", set()),
    ],
)
def test_the_visitor_of_a_visit_noun(text, expected):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["rule"] == "visit"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mediators just named as a pair: the parties are the two states named most before
        (
            "Azerbaijan released 17 Armenian prisoners. The French presidential office said the "
            "return came after mediation by France and the European Union.",
            {("fra", "arm"), ("fra", "aze"), ("eu", "arm"), ("eu", "aze")},
        ),
        # "the mediation efforts of X": X mediates
        (
            "Armenia and Azerbaijan held talks. The mediation efforts of Charles Michel are a "
            "bridge to peace, Baerbock said.",
            {("michel", "arm"), ("michel", "aze")},
        ),
        # "both ..." (a correlative, no pair of mediators) still mediates nothing
        (
            "Armenia and Azerbaijan held talks. He hoped for progress in solving both humanitarian "
            "problems and in establishing peace - with international mediation.",
            set(),
        ),
    ],
)
def test_mediation_by_a_pair_just_named_and_mediation_efforts_of(text, expected):
    G = gk.extract(text, date="2022-12-15", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "mediate"} == expected


@pytest.mark.parametrize(
    ("text", "inhabits"),
    [
        (
            "Many crossed into Armenia from Nagorno-Karabakh, which is home to a majority of some "
            "120,000 ethnic Armenians.",
            True,
        ),
        ("Nagorno-Karabakh was inhabited by a majority of Armenians.", True),
        # people with no demonym say nothing of who they are
        ("Nagorno-Karabakh is home to 150,000 people and a few Armenian churches.", False),
    ],
)
def test_a_majority_of_the_people_who_live_in_a_territory(text, inhabits):
    G = gk.extract(text, date="2022-12-15", allow_empty=True)
    assert any(d["type"] == "inhabit" for _, _, d in G.edges(data=True)) is inhabits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU urged the authorities in Azerbaijan to act.", {("eu", "aze")}),
        ("The EU urged officials in Baku to act.", {("eu", "aze")}),
        # a demonym before the noun, or two places after it: not the state's own officials
        ("The EU urged officials in Baku and Yerevan to act.", set()),
    ],
)
def test_officials_in_a_state_are_the_state(text, expected):
    G = gk.extract(text, date="2022-12-15", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "appeal"} == expected
    # "Armenian forces in Azerbaijan" stay Armenia's
    G = gk.extract("Armenian forces in Azerbaijan shelled Azerbaijani villages.", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "attack"} == {("arm", "aze")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey threw its weight behind Baku.", {("tur", "aze")}),
        ("Russia put its full weight behind Armenia.", {("rus", "arm")}),
    ],
)
def test_weight_behind_is_support(text, expected):
    G = gk.extract(text, date="2023-09-25")
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "support"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the visitor is the subject right after the opening phrase, else no one
        ("During a two-day visit to Georgia, Bayramov said talks stalled.", {("bayramov", "geo")}),
        ("During a visit to Yerevan, she criticized Azerbaijan.", set()),
        ("During the visit of Erdogan to Baku, Aliyev said ties were strong.", set()),
        # "his visit": the clause's subject, not the last person named
        ("Erdogan spoke with Putin by phone during his visit to Baku.", {("erdogan", "aze")}),
    ],
)
def test_the_visitor_of_a_visit_noun_keeps_its_limits(text, expected):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert {(s, t) for s, t, d in G.edges(data=True) if d["rule"] == "visit"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Western officials in Kyiv said Russia attacked the city.",
        "Opposition forces in Syria attacked Turkey.",
    ],
)
def test_officials_named_by_whose_they_are_are_not_the_states_they_are_in(text):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert not any(s in ("ukr", "syr") for s, _, _ in G.edges(data=True))


def test_officials_in_a_capital_opening_a_sentence_are_the_state():
    G = gk.extract("Officials in Yerevan accused Azerbaijan of shelling Armenian villages.")
    assert ("arm", "aze", "accuse_aggression") in {
        (s, t, d["type"]) for s, t, d in G.edges(data=True)
    }


def test_weight_behind_needs_the_possessive_right_after_the_verb():
    G = gk.extract("Russia put pressure on Armenia and threw its weight behind Azerbaijan.")
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "support"} == {("rus", "aze")}


def test_mediators_just_named_mediate_between_the_last_two_states_that_acted():
    # a state that only welcomed a move is no party
    G = gk.extract(
        "Azerbaijan freed 17 prisoners on Friday, a move welcomed by Turkey. The release came "
        "after mediation by France and the EU.",
        date="2023-05-01",
        allow_empty=True,
    )
    assert not any(d["type"] == "mediate" for _, _, d in G.edges(data=True))


@pytest.mark.parametrize(
    "text",
    [
        "Karabakh is home to the Gandzasar monastery, revered by Armenians.",
        "Karabakh was populated by the time the Armenians arrived.",
    ],
)
def test_only_words_of_number_lead_to_who_lives_there(text):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert not any(d["type"] == "inhabit" for _, _, d in G.edges(data=True))


# --- round 18 -------------------------------------------------------------------------------


def _typed(text, date="2023-05-01"):
    G = gk.extract(text, date=date, allow_empty=True)
    return {(s, t, d["type"]) for s, t, d in G.edges(data=True)}


def test_a_dotted_abbreviation_before_a_hyphen_is_its_own_word():
    # spaCy kept "U.S.-brokered" one token, so neither the broker nor the act was read
    typed = _typed(
        "Fighting between Armenian and Azerbaijani forces has raged for a month despite a "
        "U.S.-brokered cease-fire."
    )
    assert {("usa", "arm", "mediate"), ("usa", "aze", "mediate")} <= typed


@pytest.mark.parametrize(
    "text",
    [
        "The United States condemned continued attacks along the Armenia-Azerbaijan border.",
        "The United States condemned attacks on Armenian villages.",
        "The United States is deeply concerned about continued attacks on Armenian villages.",
    ],
)
def test_the_judge_of_a_bare_act_noun_is_not_its_doer(text):
    typed = _typed(text)
    assert not any(s == "usa" and k == "attack" for s, _, k in typed)
    # nor is the place attacked the one judged
    assert ("usa", "arm", "criticize") not in typed


@pytest.mark.parametrize(
    "text, judged",
    [
        (
            "The United States is troubled by the fighting between Armenia and Azerbaijan.",
            {("usa", "arm"), ("usa", "aze")},
        ),
        ("France was alarmed by Azerbaijan's attack on Armenia.", {("fra", "aze")}),
        ("The CSTO is concerned by the actions of Azerbaijan.", {("csto", "aze")}),
    ],
)
def test_troubled_by_names_what_is_felt_about_not_an_agent(text, judged):
    typed = _typed(text)
    assert {(s, t) for s, t, k in typed if k == "disapprove"} == judged


def test_a_name_in_apposition_to_a_title_is_the_speaker_of_the_next_quotation():
    text = (
        "The Kremlin said Putin had discussed the clashes with Pashinyan.\n"
        "In a delayed statement, US Secretary of State, Antony Blinken, said in a tweet that:\n"
        "“We are troubled by the reports of fighting between Armenia and Azerbaijan. We call on "
        "both sides to engage directly.”\n"
    )
    typed = _typed(text)
    assert ("blinken", "aze", "appeal") in typed
    assert not any(s == "rus" and k in ("appeal", "disapprove") for s, _, k in typed)


def test_a_name_in_apposition_after_what_was_said_reports_it():
    typed = _typed(
        "Armenian forces shelled Azerbaijani positions, the defence minister, Zakir Hasanov, said."
    )
    assert ("arm", "aze", "attack") in typed
    assert any(k == "accuse_aggression" and t == "arm" for _, t, k in typed)


@pytest.mark.parametrize("when", ["on Friday", "last week"])
def test_it_after_a_dated_report_verb_is_the_reporter(when):
    typed = _typed(f"Armenia said {when} that it had signed an agreement with Azerbaijan.")
    assert ("arm", "aze", "sign_agreement") in typed


def test_an_act_in_a_relative_clause_of_an_act_noun_is_not_the_speakers():
    typed = _typed(
        "Armenia and Azerbaijan fought. Russia said that it had negotiated a "
        "ceasefire following clashes that killed at least 100 troops on both sides."
    )
    assert not any(s == "rus" and k == "attack" for s, _, k in typed)


def test_a_name_without_its_diacritics_is_the_same_actor():
    typed = _typed("Iran, Russia, Turkiye, Azerbaijan and Armenia attended the meeting in Tehran.")
    meets = {frozenset((s, t)) for s, t, k in typed if k == "meet"}
    assert frozenset(("tur", "arm")) in meets and len(meets) == 10


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan clashed. Gerardo Moloeznik, head of the Red Cross mission, urged "
        "the two sides to stop shelling civilians.",
        "Armenia and Azerbaijan clashed. ICRC head Gerardo Moloeznik urged the two sides to stop "
        "shelling civilians.",
    ],
)
def test_a_head_of_a_body_is_a_person_of_that_body(text):
    G = gk.extract(text, date="2023-05-01")
    assert G.nodes["moloeznik"]["parent"] == "icrc"
    assert {(s, t) for s, t, d in G.edges(data=True) if d["type"] == "appeal"} == {
        ("moloeznik", "arm"),
        ("moloeznik", "aze"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("France agreed to supply Armenia with three radars.", ("fra", "arm", "military_aid")),
        (
            "The EU pledged 5 million euros in humanitarian aid to Armenia.",
            ("eu", "arm", "humanitarian_aid"),
        ),
        (
            "Azerbaijan took control of the town of Lachin in August 2022.",
            ("aze", "lachin", "control"),
        ),
        (
            "Armenia recalled its ambassador to Russia for consultations.",
            ("arm", "rus", "reduce_relations"),
        ),
    ],
)
def test_radars_pledged_aid_the_town_of_lachin_and_an_ambassador_recalled(text, expected):
    assert expected in _typed(text)


def test_the_lachin_corridor_is_not_the_town():
    assert ("aze", "lachin_corridor", "blockade") in _typed(
        "Azerbaijan blocked the Lachin corridor."
    )


def test_announced_is_still_a_report_of_aid():
    typed = _typed("Japan announced that it would provide aid to Armenia.")
    assert ("jpn", "arm", "humanitarian_aid") in typed


def test_calls_from_capitals_prompted_by_an_act_are_the_capitals_appeals_to_its_doer():
    typed = _typed(
        "Azerbaijan launched an offensive in Karabakh on Tuesday, prompting calls for restraint "
        "from Moscow, Washington and Brussels."
    )
    assert {(s, t) for s, t, k in typed if k == "appeal"} == {
        ("rus", "aze"),
        ("usa", "aze"),
        ("eu", "aze"),
    }


def test_a_capital_after_from_is_still_a_place_when_nothing_reacted():
    assert _typed("The delegation arrived from Moscow on Friday.") == set()


def test_an_ambassador_to_a_capital_is_recalled_from_its_state():
    assert ("arm", "rus", "reduce_relations") in _typed(
        "Armenia recalled its ambassador to Moscow."
    )


@pytest.mark.parametrize(
    "text",
    [
        "President Aliyev received the delegation led by Toivo Klaar.",
        "President Aliyev received a delegation headed by Toivo Klaar.",
    ],
)
def test_a_delegation_received_is_the_one_who_leads_it(text):
    assert ("aliyev", "klaar", "consult") in _typed(text)


def test_a_delegation_met_is_the_one_who_leads_it():
    typed = _typed("Pashinyan met a US congressional delegation led by Senator Gary Peters.")
    assert ("pashinyan", "peters", "meet") in typed


@pytest.mark.parametrize(
    "ask",
    ["called for an end to the conflict", "called for a peaceful settlement"],
)
def test_an_appeal_for_an_end_to_the_conflict_goes_to_both_sides(ask):
    typed = _typed(f"Armenia and Azerbaijan clashed on the border on Tuesday. Russia {ask}.")
    assert {(s, t) for s, t, k in typed if k == "appeal"} == {("rus", "arm"), ("rus", "aze")}


def test_a_war_named_elsewhere_in_the_sentence_makes_no_appeal_to_both_sides():
    typed = _typed(
        "Armenia and Azerbaijan clashed on the border on Tuesday. When the war started, Pashinyan "
        "invoked a treaty that called for other members to come to its defence."
    )
    assert not any(k == "appeal" and s == "pashinyan" for s, _, k in typed)


@pytest.mark.parametrize(
    "text",
    [
        "An agreement was reached between Azerbaijan and Armenia.",
        "Despite an agreement reached by Armenia and Azerbaijan to refrain from targeting "
        "civilians, strikes continued.",
    ],
)
def test_an_agreement_reached_by_or_between_two_is_their_cooperation(text):
    assert {frozenset((s, t)) for s, t, k in _typed(text) if k == "cooperate"} == {
        frozenset(("arm", "aze"))
    }


def test_a_goal_outside_the_trigger_still_names_no_parties_of_its_own():
    typed = _typed("France worked with Russia to reach a ceasefire between Armenia and Azerbaijan.")
    assert ("fra", "arm", "mediate") in typed
    assert not any(k == "cooperate" and {s, t} == {"arm", "aze"} for s, t, k in typed)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aliyev rejected French mediation.", ("aliyev", "fra", "reject_mediation")),
        (
            "Azerbaijan refuses French mediation in talks with Armenia.",
            ("aze", "fra", "reject_mediation"),
        ),
        ("Azerbaijan rejected the mediation of France.", ("aze", "fra", "reject_mediation")),
        ("Armenia accepted Russian mediation.", ("arm", "rus", "accept_mediation")),
    ],
)
def test_the_mediation_rejected_or_accepted_is_its_mediators(text, expected):
    typed = _typed(text)
    assert expected in typed
    assert not any(k == "reject_mediation" and t == "arm" for _, t, k in typed)


def test_a_headline_comma_joins_two_names_after_the_verb():
    typed = _typed("Russia urges Armenia, Azerbaijan to show restraint")
    assert {(s, t) for s, t, k in typed if k == "appeal"} == {("rus", "arm"), ("rus", "aze")}


def test_a_sentence_comma_after_one_name_opens_an_apposition():
    typed = _typed("Russia urged Armenia, a close ally, to show restraint.")
    assert {(s, t) for s, t, k in typed if k == "appeal"} == {("rus", "arm")}


@pytest.mark.parametrize(
    "offer",
    ["offered its territory as a venue for negotiations", "offered a platform for talks"],
)
def test_a_venue_or_platform_offered_is_an_offer_to_mediate(offer):
    typed = _typed(f"Armenia and Azerbaijan fought a war in 2020. Georgia {offer}.")
    assert {(s, t) for s, t, k in typed if k == "offer_mediation"} == {
        ("geo", "arm"),
        ("geo", "aze"),
    }


def test_a_platform_for_cooperation_is_no_offer_to_mediate():
    typed = _typed(
        "Armenia and Azerbaijan fought a war. The European Council offered the sides to create a "
        "platform for the development of economic cooperation."
    )
    assert not any(k == "offer_mediation" for _, _, k in typed)


def test_a_criminal_case_against_someone_is_coercion():
    assert ("aze", "vardanyan", "coerce") in _typed(
        "Baku opened a criminal case against Ruben Vardanyan."
    )


def test_prosecutor_general_is_a_title_not_a_person_named_general():
    G = gk.extract(
        "The Azerbaijani Prosecutor General's Office launched criminal cases against the former "
        "separatist leaders.",
        date="2023-05-01",
        allow_empty=True,
    )
    assert "general" not in G


def test_a_relative_clause_of_a_plain_noun_has_no_actor_subject():
    typed = _typed(
        "India expressed concern over the situation that threatens regional peace and urged "
        "Armenia and Azerbaijan to maintain restraint."
    )
    assert not any(k == "threaten" for _, _, k in typed)
    assert {(s, t) for s, t, k in typed if k == "appeal"} == {("ind", "arm"), ("ind", "aze")}


def test_a_resolution_that_condemns_speaks_for_its_adopter():
    typed = _typed(
        "The European Parliament adopted a resolution that condemns Azerbaijan's offensive."
    )
    assert ("eu_parliament", "aze", "criticize") in typed


def test_encouraged_by_is_heartened_not_an_appeal():
    typed = _typed(
        "Mirzoyan, while encouraged by the Washington talks, said that differences remained "
        "between Yerevan and Baku."
    )
    assert not any(k == "appeal" for _, _, k in typed)


def test_one_side_of_the_fighting_agrees_to_a_ceasefire_with_the_other():
    typed = _typed(
        "Azerbaijan attacked Karabakh separatists on Tuesday. The separatists agreed to a "
        "ceasefire."
    )
    assert ("separatists", "aze", "ceasefire") in typed


def test_soldiers_who_were_disarmed_made_no_concession():
    typed = _typed("Azerbaijan attacked Armenia. The Armenian servicemen were disarmed.")
    assert not any(k == "concede" for _, _, k in typed)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan fought. Solidarity is one of the Kremlin's talking points.",
        "Armenia and Azerbaijan fought. Ukraine had sapped Russia's war-making abilities.",
        "Russia and Azerbaijan quarrelled. Events on Russia's borders stem from the Ukraine war.",
    ],
)
def test_talking_points_war_making_and_a_war_named_by_a_third_state_are_no_acts(text):
    typed = _typed(text)
    assert not any(s == "rus" and k in ("negotiate", "war") for s, _, k in typed)
    assert len({k for _, _, k in typed} - {"war"}) == 0


def test_the_republics_of_two_states_opening_a_sentence_are_its_subject():
    typed = _typed(
        "The former Soviet republics of Azerbaijan and Armenia had been fighting over the "
        "Nagorno-Karabakh region since the collapse of the USSR."
    )
    assert {frozenset((s, t)) for s, t, k in typed if k == "war"} == {frozenset(("arm", "aze"))}


def test_a_blockage_is_a_blockade():
    typed = _typed(
        "The exodus followed the months-long blockage of the Lachin corridor by Azerbaijan."
    )
    assert ("aze", "lachin_corridor", "blockade") in typed


def test_a_refusal_until_the_other_acts_is_a_demand_on_it():
    typed = _typed(
        "Armenia and Azerbaijan fought a war. Azerbaijan has said it will not sign a peace deal "
        "until Armenia changes its constitution."
    )
    assert ("aze", "arm", "demand") in typed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia and Azerbaijan fought a war. The Armenian ombudsman accused Azerbaijani "
            "soldiers of torturing prisoners.",
            ("arm", "aze", "accuse_war_crimes"),
        ),
        (
            "The Azerbaijani Prosecutor General's Office launched criminal cases against the former "
            "separatist leaders.",
            ("aze", "separatists", "coerce"),
        ),
        (
            "Armenia's Human Rights Defender Kristinne Grigoryan accused Azerbaijan of war crimes.",
            ("grigoryan", "aze", "accuse_war_crimes"),
        ),
    ],
)
def test_an_ombudsman_or_a_prosecutor_speaks_for_the_state(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Armenian armed forces units subjected the positions of the Azerbaijan Army to fire "
            "from various caliber weapons.",
            ("arm", "aze", "attack"),
        ),
        (
            "Official Yerevan expressed its dissatisfaction with the statement of the Russian "
            "Foreign Ministry.",
            ("arm", "rus", "disapprove"),
        ),
        (
            "The Armenian Defense Ministry refuted the information spread by the Azerbaijani Defense "
            "Ministry.",
            ("arm", "aze", "deny"),
        ),
        ("Azerbaijani troops raised the flag over Shusha.", ("aze", "shusha", "control")),
        (
            "Azerbaijani officers hoisted the flag after the liberation of the city of Zangilan.",
            ("aze", "zangilan", "control"),
        ),
    ],
)
def test_a_defence_ministrys_wording(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The World Food Programme is providing food assistance to refugees in Armenia.",
            ("wfp", "arm", "humanitarian_aid"),
        ),
        (
            "The EU allocated an additional 5 million euros to support refugees in Armenia.",
            ("eu", "arm", "humanitarian_aid"),
        ),
        (
            "USAID announced $11.5 million in humanitarian assistance for refugees arriving in "
            "Armenia.",
            ("usa", "arm", "humanitarian_aid"),
        ),
        (
            "Armenia and Azerbaijan fought a war. The ICRC facilitated the transfer of the remains of "
            "20 soldiers.",
            ("icrc", "aze", "mediate"),
        ),
    ],
)
def test_aid_for_refugees_in_a_state_and_a_transfer_facilitated(text, expected):
    assert expected in _typed(text)


def test_aid_delivered_in_a_place_is_not_aid_to_a_state_named_elsewhere():
    typed = _typed("Armenia and Azerbaijan fought a war. The ICRC delivered aid in Goris.")
    assert not any(k == "humanitarian_aid" and t in ("arm", "aze") for _, t, k in typed)


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        (
            "The Azerbaijani encroachment on Armenia was condemned by France.",
            ("fra", "aze", "criticize"),
            ("fra", "arm", "criticize"),
        ),
        (
            "The Azerbaijani attack on Armenia was condemned by France.",
            ("fra", "aze", "criticize"),
            ("fra", "arm", "criticize"),
        ),
        (
            "The CSTO declined Armenia's request for military assistance.",
            ("csto", "arm", "reject"),
            None,
        ),
        (
            "Yerevan turned to Moscow for help, but the Kremlin did not respond.",
            ("arm", "rus", "appeal"),
            None,
        ),
    ],
)
def test_a_condemned_act_a_declined_request_and_a_turn_for_help(text, expected, not_expected):
    typed = _typed(text)
    assert expected in typed
    assert not_expected not in typed


def test_a_minister_who_declined_to_comment_rejected_no_one():
    assert _typed("The Armenian foreign minister declined to comment.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia and Azerbaijan fought a war. Kazakhstan's President Tokayev welcomed the "
            "foreign ministers of Armenia and Azerbaijan in Almaty.",
            # (ministers the text does not name are their states': round 40)
            {("tokayev", "arm", "mediate"), ("tokayev", "aze", "mediate")},
        ),
        ("Putin welcomed Aliyev in the Kremlin.", {("putin", "aliyev", "consult")}),
        ("Russia welcomed Aliyev's decision.", {("rus", "aliyev", "support")}),
    ],
)
def test_persons_welcomed_are_guests_and_a_decision_welcomed_is_backed(text, expected):
    assert _typed(text) - {("arm", "aze", "war")} == expected


@pytest.mark.parametrize("verb", ["closed", "sealed"])
def test_a_border_closed_with_a_state_is_a_blockade_of_that_state(verb):
    assert ("tur", "arm", "blockade") in _typed(f"Turkey {verb} its border with Armenia.")


def test_an_operation_not_ruled_out_or_talks_ruled_out_did_not_happen():
    typed = _typed(
        "Armenia and Azerbaijan fought a war. Baku did not rule out a new military operation "
        "against Armenia. Aliyev ruled out talks with Armenia."
    )
    assert ("aze", "arm", "attack") not in typed
    assert not any(k in ("consult", "negotiate") for _, _, k in typed)
    assert ("aliyev", "arm", "reject") in typed


def test_refusing_to_condemn_rejects_no_one():
    assert _typed("Russia refused to condemn Azerbaijan.") == set()
    assert ("arm", "aze", "reject") in _typed("Armenia refused to negotiate with Azerbaijan.")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The French ambassador was summoned to the Azerbaijani Foreign Ministry on Tuesday.",
            ("aze", "fra", "disapprove"),
        ),
        (
            "Azerbaijan's ambassador to Russia was summoned to the Russian Foreign Ministry.",
            ("rus", "aze", "disapprove"),
        ),
    ],
)
def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "MSF sends team to aid people fleeing Nagorno-Karabakh",
        "The EU provided humanitarian aid to refugees from Nagorno-Karabakh.",
        "The EU sent aid to those displaced from Nagorno-Karabakh.",
    ],
)
def test_people_fleeing_a_territory_are_its_population_and_get_one_aid(text):
    G = gk.extract(text, date="2023-05-01")
    typed = {(s, t, d["type"]) for s, t, d in G.edges(data=True)}
    assert {k for _, t, k in typed if t == "nagorno_karabakh_population"} == {"humanitarian_aid"}
    assert not any(t == "nagorno_karabakh" for _, t, _ in typed)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "Armenia and Azerbaijan fought a war. Turkey and Russia jointly monitor the ceasefire.",
            ("arm", "aze", "ceasefire"),
            ("tur", "rus", "ceasefire"),
        ),
        (
            "Armenia and Azerbaijan agreed a humanitarian truce on Saturday.",
            ("arm", "aze", "ceasefire"),
            ("arm", "aze", "cooperate"),
        ),
        (
            "Armenia and Azerbaijan fought a war. The Kremlin said Putin had played a key role in "
            "reaching the agreement.",
            ("putin", "aze", "mediate"),
            None,
        ),
        (
            "Armenia and Azerbaijan fought a war. Baku insisted that Azerbaijan was observing "
            "the truce.",
            ("aze", "arm", "ceasefire"),
            None,
        ),
    ],
)
def test_truces_agreed_monitored_and_brokered(text, expected, absent):
    typed = _typed(text)
    assert expected in typed
    assert absent not in typed


def test_a_role_one_can_play_is_no_mediation():
    typed = _typed(
        "Armenia and Azerbaijan fought a war. Washington said Türkiye can play a productive role "
        "in the settlement."
    )
    assert not any(k == "mediate" for _, _, k in typed)


# --- round 18: the limits a review of the round found -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan attacked Armenian positions on Tuesday. Separately, Turkey called for calm in "
        "Syria.",
        "Azerbaijan attacked Armenian positions. Separately, Lavrov called for a settlement of the "
        "conflict in Ukraine.",
    ],
)
def test_an_appeal_about_another_conflict_goes_to_neither_side(text):
    assert not any(k == "appeal" for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan proposed Istanbul as a venue for the peace talks with Armenia.",
        "Armenia offered a platform for talks with Azerbaijan.",
    ],
)
def test_a_party_proposing_a_venue_offers_no_mediation(text):
    assert not any(k == "offer_mediation" for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text",
    ["Russia helped transfer weapons to Armenia.", "Iran helped Russia transfer drones to Crimea."],
)
def test_helping_transfer_goods_is_no_mediation(text):
    assert not any(k == "mediate" for _, _, k in _typed(text))


def test_an_accusation_is_no_fight_to_negotiate_across():
    typed = _typed(
        "Armenia accused Turkey of supporting Azerbaijan's offensive. Turkey said it would "
        "negotiate."
    )
    assert not any(s == "tur" and k in ("negotiate", "intend_cooperation") for s, _, k in typed)


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev welcomed Mirzoyan and Bayramov in Baku.",
        "Putin welcomed Aliyev and Erdogan to the summit in Sochi.",
    ],
)
def test_a_host_of_two_who_never_fought_receives_them(text):
    typed = _typed(text)
    assert not any(k == "mediate" for _, _, k in typed)
    assert sum(k == "consult" for _, _, k in typed) == 2


def test_its_border_with_another_state_is_still_its_own_when_shelled():
    typed = _typed("Armenia accused Azerbaijan of shelling its border with Iran.")
    assert ("aze", "arm", "attack") in typed
    assert not any(t == "irn" for _, t, _ in typed)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan declined to comment on Armenia's claims.",
        "Protesters in Yerevan raised the flag of Karabakh.",
        "A U.N.-backed report accused Azerbaijan of war crimes.",
    ],
)
def test_declined_to_comment_a_flag_of_a_place_and_a_backed_report_are_nothing(text):
    assert _typed(text) == set()


def test_a_leader_summoned_for_talks_is_no_envoy_rebuked():
    typed = _typed("Pashinyan was summoned to the Kremlin for talks with Putin.")
    assert not any(k == "disapprove" for _, _, k in typed)
    assert ("pashinyan", "putin", "consult") in typed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan launched an operation that targeted Armenian positions in Karabakh.",
            ("aze", "arm", "attack"),
        ),
        (
            "Armenia was encouraged by Russia to resume talks with Azerbaijan.",
            ("rus", "arm", "appeal"),
        ),
        (
            "After Russia ruled out help, Azerbaijan attacked Armenian positions.",
            ("aze", "arm", "attack"),
        ),
        (
            "Armenia's attack on Azerbaijani positions was condemned by Turkey.",
            ("tur", "arm", "criticize"),
        ),
    ],
)
def test_readings_the_review_found_lost_are_kept(text, expected):
    assert expected in _typed(text)


def test_a_short_name_without_its_diacritics_is_not_another_place():
    assert not any(t == "shusha" for _, t, _ in _typed("Azerbaijan attacked Susa, in Iran."))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The village of Sotk came under fire from Azerbaijani positions.",
            ("aze", "arm", "attack"),
        ),
        ("An Azerbaijani soldier was killed by Armenian sniper fire.", ("arm", "aze", "attack")),
        ("An Armenian serviceman was wounded by Azerbaijani fire.", ("aze", "arm", "attack")),
    ],
)
def test_a_village_under_fire_tanks_destroyed_and_a_soldier_wounded(text, expected):
    assert expected in _typed(text)


def test_a_village_of_a_state_opening_a_sentence_states_no_act():
    assert _typed("The village of Sotk is in Armenia.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Units of the Armenian Armed Forces fired at the positions of the Azerbaijan Army in the "
            "direction of Kalbajar.",
            ("arm", "aze", "attack"),
        ),
        ("The units of the Azerbaijani army shelled Armenian villages.", ("aze", "arm", "attack")),
    ],
)
def test_units_of_an_army_opening_a_sentence_are_that_army(text, expected):
    assert expected in _typed(text)


# --- round 18: the limits a second review found ---------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia declined to sign the peace agreement with Azerbaijan.", ("arm", "aze", "reject")),
        ("Turkey has sealed off its border with Armenia.", ("tur", "arm", "blockade")),
        ("Russia massed troops on its border with Ukraine.", ("rus", "ukr", "show_force")),
        (
            "Separatists raised the flag of Karabakh over Shusha.",
            ("separatists", "shusha", "control"),
        ),
        (
            "The Armenian ambassador to Russia, Gurgen Arsenyan, who took up the post last year, was "
            "summoned to the Russian Foreign Ministry.",
            ("rus", "arm", "disapprove"),
        ),
        (
            "Putin welcomed Aliyev and Pashinyan in Sochi for talks on Karabakh.",
            ("putin", "pashinyan", "mediate"),
        ),
        (
            "Several units of the Azerbaijani army attacked Armenian positions.",
            ("aze", "arm", "attack"),
        ),
        ("Azerbaijani forces destroyed Armenian positions.", ("aze", "arm", "attack")),
        ("The US provided economic aid and humanitarian aid to Armenia.", ("usa", "arm", "aid")),
    ],
)
def test_readings_kept_after_the_second_review(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Armenia and Azerbaijan fought a war. Russia played a role in the collapse of the "
            "ceasefire.",
            "mediate",
        ),
        (
            "Armenia and Azerbaijan fought a war. Armenia played a constructive role in the talks "
            "with Azerbaijan.",
            "mediate",
        ),
        (
            "Armenia and Azerbaijan fought a war. Russia wants to play a leading role in the talks.",
            "mediate",
        ),
        ("Armenia and Azerbaijan agreed a new ceasefire would not work.", "ceasefire"),
        ("Russia and Turkey agreed a ceasefire monitoring centre in Azerbaijan.", "ceasefire"),
        ("Turkey and Russia jointly monitor the ceasefire.", "ceasefire"),
        ("France denounced the offensive that killed dozens of Armenian civilians.", "attack"),
        ("Iran opposed any move that would block its border with Armenia.", "blockade"),
        ("Aliyev said Armenia had destroyed the peace process with Azerbaijan.", "attack"),
        ("Azerbaijani drones destroyed Russian tanks.", "attack"),
    ],
)
def test_misreadings_the_second_review_found(text, absent):
    assert not any(k == absent for _, _, k in _typed(text))


def test_an_appeal_is_not_cut_by_a_state_named_in_the_next_clause():
    typed = _typed(
        "Armenia and Azerbaijan clashed on the border. Germany called for restraint as Turkey "
        "pledged support for Azerbaijan."
    )
    assert {(s, t) for s, t, k in typed if k == "appeal"} == {("deu", "arm"), ("deu", "aze")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Azerbaijani forces advanced into Armenia's Syunik province.", ("syunik", "arm")),
        ("The clashes took place near Nakhchivan, an Azerbaijani exclave.", ("nakhchivan", "aze")),
        (
            "Aliyev demanded a corridor to Azerbaijan's southwestern exclave of Nakhichevan.",
            ("nakhchivan", "aze"),
        ),
        (
            "Azerbaijani troops attacked the southern Armenian province of Syunik.",
            ("syunik", "arm"),
        ),
        ("The Syunik region of Armenia borders Iran.", ("syunik", "arm")),
    ],
)
def test_a_states_own_land_named_as_its_part(text, expected):
    assert {(s, t) for s, t, k in _typed(text) if k == "part_of"} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The declaration was signed in the city of Shusha (Armenian Shushi).",
        "Aliyev proposed Azerbaijani checkpoints along the Lachin corridor.",
    ],
)
def test_no_part_from_a_name_in_brackets_a_held_territory_or_a_route(text):
    assert not any(k == "part_of" for _, _, k in _typed(text))


def test_a_place_that_names_an_act_is_no_part():
    assert not any(
        k == "part_of" for _, _, k in _typed("Russia's Crimea annexation was condemned.")
    )


def test_borders_before_a_name_is_a_verb_not_border_guards():
    G = gk.extract("The Azerbaijani exclave of Nakhchivan borders Turkey.", date="2023-05-01")
    assert {(s, t, d["type"]) for s, t, d in G.edges(data=True)} == {
        ("nakhchivan", "aze", "part_of")
    }
    assert not any("border" in n for n in G)


@pytest.mark.parametrize(
    "text, denial",
    [
        (
            "Armenia accused Azerbaijan of shelling Jermuk. Azerbaijan's defence ministry said the "
            'reports were "absolutely false".',
            ("aze", "arm"),
        ),
        (
            "Azerbaijan accused Armenia of shelling its positions. Yerevan said the claims were "
            "untrue.",
            ("arm", "aze"),
        ),
    ],
)
def test_claims_said_to_be_false_are_denied_by_who_said_it(text, denial):
    G = gk.extract(text, date="2023-05-01")
    typed = {(s, t, d["type"], d["status"]) for s, t, d in G.edges(data=True)}
    assert (*denial, "deny", "asserted") in typed
    assert (*denial, "attack", "denied") in typed  # (the denier's act it denies)


def test_claims_said_to_be_false_by_no_one_deny_nothing():
    assert _typed("The reports were false.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia and Azerbaijan fought. The EU regrets Azerbaijan's decision to close the "
            "corridor.",
            ("eu", "aze", "disapprove"),
        ),
        ("Washington is disappointed with Azerbaijan.", ("usa", "aze", "disapprove")),
        (
            "Pashinyan has become so frustrated with Russia's inaction that he skipped the summit.",
            ("pashinyan", "rus", "disapprove"),
        ),
    ],
)
def test_regret_disappointment_and_frustration_are_disapproval(text, expected):
    assert expected in _typed(text)


def test_regretting_nothing_disapproves_of_no_one():
    assert _typed("Armenia said it regretted nothing.") == set()


# -- round 19: readings found with sentences written for them -------------------------------


def _statused(text, date="2023-05-01"):
    G = gk.extract(text, date=date, allow_empty=True)
    return {(s, t, d["type"], d["status"]) for s, t, d in G.edges(data=True)}


@pytest.mark.parametrize(
    "text",
    [
        "Clashes on the Armenia-Azerbaijan border killed three soldiers on Tuesday.",
        "Fighting erupted along the Armenian-Azerbaijani border overnight.",
        # (the talkers are not the parties, the two the border divides are)
        "Russia discussed the clashes on the Armenia-Azerbaijan border with France.",
    ],
)
def test_fighting_on_a_named_border_is_between_the_two_it_divides(text):
    wars = {(s, t) for s, t, k in _typed(text) if k == "war"}
    assert wars == {("arm", "aze")}


def test_talk_about_fighting_on_a_border_makes_the_talkers_no_belligerents():
    typed = _typed("Russia discussed the clashes on the Armenia-Azerbaijan border with France.")
    assert ("rus", "fra", "consult") in typed
    assert not {x for x in typed if x[2] == "war"} - {("arm", "aze", "war")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Georgian interior ministry said the Armenian claims did not correspond to "
            "reality.",
            ("geo", "arm", "deny"),
        ),
        (
            "Armenia accused Georgia of shelling Bavra. Tbilisi said the allegations had nothing "
            "to do with reality.",
            ("geo", "arm", "deny"),
        ),
        (
            "Armenia accused Georgia of shelling Bavra. Tbilisi said the claims were far from the "
            "truth.",
            ("geo", "arm", "deny"),
        ),
        ("Tbilisi said Armenia's claims were untrue.", ("geo", "arm", "deny")),
    ],
)
def test_claims_said_not_to_match_reality_are_denied_by_the_speaker(text, expected):
    typed = _typed(text)
    assert expected in typed
    assert (expected[1], expected[0], "deny") not in typed  # (not the claimant's denial)


def test_a_claim_denied_so_marks_the_act_denied():
    typed = _statused(
        "Armenia accused Georgia of shelling Bavra. Tbilisi said the reports did not "
        "correspond to reality."
    )
    assert ("geo", "arm", "attack", "denied") in typed


def test_criticism_rejected_goes_back_to_the_last_critic():
    typed = _typed("Canada criticized Peru for the crackdown. Lima rejected the criticism.")
    assert ("per", "can", "reject") in typed


def test_criticism_brushed_aside_is_rejected():
    typed = _typed("The Kremlin brushed aside Armenian complaints about the peacekeepers.")
    assert ("rus", "arm", "reject") in typed


def test_criticism_of_a_third_party_is_still_the_critics():
    typed = _typed("Moscow rejected Armenian criticism of the peacekeepers.")
    assert ("rus", "arm", "reject") in typed
    assert not any(s == "rus" and k == "reject" and t != "arm" for s, t, k in typed)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moscow hit out at Yerevan over its decision.", ("rus", "arm", "criticize")),
        ("Aliyev lashed out at France over its arms sales.", ("aliyev", "fra", "criticize")),
    ],
)
def test_hitting_out_at_someone_is_criticism_not_an_attack(text, expected):
    typed = _typed(text)
    assert expected in typed
    assert not any(k == "attack" for _, _, k in typed)


def test_calling_a_resolution_void_is_no_phone_call():
    typed = _typed("Turkey's foreign ministry called the French Senate resolution null and void.")
    assert not any(k == "consult" for _, _, k in typed)


def test_a_demonym_before_troop_movements_is_the_state_judged():
    assert ("usa", "aze", "disapprove") in _typed(
        "The State Department deplored the Azerbaijani troop movements."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peru rejected an offer by Brazil to mediate.", ("per", "bra", "reject_mediation")),
        ("Peru rejected Brazil's offer to mediate.", ("per", "bra", "reject_mediation")),
        (
            "Lima turned down a Brazilian offer to mediate between the two countries.",
            ("per", "bra", "reject_mediation"),
        ),
        ("Peru accepted Brazil's offer to mediate.", ("per", "bra", "accept_mediation")),
        (
            "Bolivia has accepted a Brazilian proposal to mediate between Peru and Bolivia.",
            ("bol", "bra", "accept_mediation"),
        ),
    ],
)
def test_a_reply_to_an_offer_to_mediate_is_to_the_one_who_offered(text, expected):
    typed = _typed(text)
    assert expected in typed
    # the offered mediation is not itself held by the one who replies
    assert not any(s == expected[0] and k == "mediate" for s, _, k in typed)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pashinyan demanded that French President Emmanuel Macron mediate the talks.",
            ("pashinyan", "macron", "request_mediation"),
        ),
        (
            "Armenia insisted that France must be a broker in the talks.",
            ("arm", "fra", "request_mediation"),
        ),
    ],
)
def test_asking_that_someone_mediate_requests_mediation(text, expected):
    assert expected in _typed(text)


def test_a_ceasefire_mediated_by_a_third_party_and_agreed_to_is_held():
    typed = _statused(
        "Peru and Chile agreed to a ceasefire mediated by Brazil on Monday.", "2023-05-01"
    )
    assert ("bra", "per", "mediate", "asserted") in typed
    assert ("bra", "chl", "mediate", "asserted") in typed


def test_hosting_a_hyphenated_meeting_mediates_between_its_two():
    typed = _typed("Charles Michel hosted a Pashinyan-Aliyev meeting in Brussels on Sunday.")
    assert {(s, t) for s, t, k in typed if k == "mediate"} == {
        ("michel", "pashinyan"),
        ("michel", "aliyev"),
    }


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Peru threatened to attack Chile.", "attack"),
        ("Peru threatened military action against Chile.", "attack"),
        ("Russia warned Armenia of consequences if it joined the court.", "member_of"),
        ("Lima said it would strike back unless Santiago withdrew its troops.", "concede"),
    ],
)
def test_a_threatened_or_conditional_act_is_not_done(text, absent):
    assert not any(k == absent for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peru threatened to attack Chile.", ("per", "chl", "threaten")),
        ("Peru threatened to use force if Chile did not withdraw.", ("per", "chl", "threaten")),
        (
            "Lima warned that it would respond with force unless Santiago withdrew its forces.",
            ("per", "chl", "threaten"),
        ),
    ],
)
def test_a_threat_is_to_the_one_it_names_or_sets_a_condition_on(text, expected):
    assert expected in _typed(text)


def test_an_appeal_after_a_threat_to_peace_is_still_made():
    # ("the situation that threatens peace and urged ...": the threat governs no appeal)
    typed = _typed(
        "India expressed concern over the situation that threatens regional peace and urged "
        "Armenia and Azerbaijan to maintain restraint."
    )
    assert {(s, t) for s, t, k in typed if k == "appeal"} == {("ind", "arm"), ("ind", "aze")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenian units fired on Azerbaijani positions.", ("arm", "aze", "attack")),
        (
            "Armenia denied that its troops had fired on Azerbaijani positions.",
            ("arm", "aze", "attack"),
        ),
    ],
)
def test_units_and_its_troops_are_the_states_forces(text, expected):
    assert expected in _typed(text)


def test_units_of_a_states_armed_forces_are_those_forces():
    typed = _typed(
        "Armenia insists that all units of Azerbaijan's armed forces must be withdrawn from "
        "the sovereign territory of Armenia."
    )
    assert ("aze", "arm", "occupy") in typed


def test_its_troops_withdrawn_are_not_resolved_to_a_subject_that_only_withdraws_them():
    typed = _statused("Armenia denied that its troops had fired on Azerbaijani positions.")
    assert ("arm", "aze", "attack", "denied") in typed


def test_helping_two_named_parties_settle_differences_offers_mediation():
    typed = _typed("Tehran was prepared to help Baku and Yerevan settle their differences.")
    assert {(s, t) for s, t, k in typed if k == "offer_mediation"} == {
        ("irn", "arm"),
        ("irn", "aze"),
    }


def test_helping_resolve_the_regions_issues_names_no_parties():
    typed = _typed(
        "Pashinyan met Raisi in Tehran. He stressed that Iran is ready to play its role in "
        "helping resolve the region's issues."
    )
    assert not any(k in ("mediate", "offer_mediation") for _, _, k in typed)


@pytest.mark.parametrize(
    "text",
    [
        "The Russian helicopter was shot down over Armenian territory.",
        "The Russian helicopter was attacked over Armenian territory.",
    ],
)
def test_a_passive_with_no_agent_makes_its_subject_no_attacker(text):
    assert not any(k == "attack" for _, _, k in _typed(text))


def test_a_relative_clause_of_a_judged_strike_is_not_the_judges_act():
    typed = _typed(
        "France, Germany and Canada condemned Tuesday's Azerbaijani drone strike that killed "
        "three police officers in Karabakh."
    )
    assert ("fra", "aze", "criticize") in typed
    assert not any(s in ("fra", "deu", "can") and k == "attack" for s, _, k in typed)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "No UN member state, not even Armenia, ever recognised the self-proclaimed "
            "Nagorno-Karabakh Republic.",
            ("arm", "separatists", "nonrecognition"),
        ),
        ("Pakistan does not recognise Armenia.", ("pak", "arm", "nonrecognition")),
    ],
)
def test_a_refusal_to_recognise_is_nonrecognition(text, expected):
    typed = _typed(text)
    assert expected in typed
    assert not any(k == "recognize" for _, _, k in typed)


def test_it_in_a_denied_claim_is_the_denier():
    typed = _statused(
        "Turkey on Wednesday denied Armenian claims that it had sent Syrian fighters to Azerbaijan."
    )
    assert ("tur", "arm", "deny", "asserted") in typed
    assert ("tur", "aze", "military_aid", "denied") in typed
    assert not any(s == "arm" and k == "military_aid" for s, _, k, _ in typed)


def test_joint_exercises_of_a_hyphenated_pair_are_theirs():
    typed = _typed(
        "The Armenian Foreign Ministry condemned joint Turkish-Azerbaijani military exercises."
    )
    assert ("tur", "aze", "material_cooperation") in typed
    assert not any(s == "arm" and k == "material_cooperation" for s, _, k in typed)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia strongly condemns the installation by Azerbaijan of a checkpoint.",
            ("arm", "aze", "criticize"),
        ),
        ("France condemned the closure by Azerbaijan of the road.", ("fra", "aze", "criticize")),
    ],
)
def test_a_deed_nominalised_with_by_is_the_doers(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations releases emergency funds for refugees in Armenia.",
        "Azerbaijan released a statement on the border.",
        "Hikmet Hajiyev, who advises President Ilham Aliyev on foreign policy, spoke.",
    ],
)
def test_releasing_funds_and_advising_as_a_post_are_no_acts(text):
    assert not any(k in ("concede", "appeal") for _, _, k in _typed(text))


def test_a_states_trucks_are_its_own():
    typed = _typed("Georgia complained that Iranian trucks had supplied fuel to the separatists.")
    assert not any(s == "geo" and k in ("aid", "humanitarian_aid") for s, _, k in typed)


def test_a_participle_after_a_trailing_speaker_is_the_speakers():
    typed = _typed(
        "No cargo has been allowed into the region since June, the Peruvian government said, "
        "blaming Santiago for the shortages."
    )
    assert ("per", "chl", "accuse") in typed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The United States was providing $11.5 million in humanitarian aid to ethnic "
            "Armenians who had fled Karabakh.",
            ("usa", "nagorno_karabakh_population", "humanitarian_aid"),
        ),
        (
            "The EU will provide humanitarian aid to people who fled Nagorno-Karabakh.",
            ("eu", "nagorno_karabakh_population", "humanitarian_aid"),
        ),
    ],
)
def test_aid_to_people_who_fled_a_territory_is_for_its_population(text, expected):
    assert expected in _typed(text)


def test_people_in_need_with_no_territory_named_are_no_territorys_population():
    typed = _typed(
        "The ICRC is bringing shipments of flour to people in need via the Lachin Corridor and "
        "the Aghdam road."
    )
    assert not any(k == "humanitarian_aid" for _, _, k in typed)


@pytest.mark.parametrize("verb", ["brokered", "facilitated"])
def test_a_deal_brokered_by_two_is_between_the_two_of_the_act_before(verb):
    typed = _typed(
        f"Peru handed over 15 Chilean prisoners to Chile in a deal {verb} by the United States "
        "and Brazil."
    )
    assert {(s, t) for s, t, k in typed if k == "mediate"} == {
        ("usa", "per"),
        ("usa", "chl"),
        ("bra", "per"),
        ("bra", "chl"),
    }


def test_an_exchange_facilitated_by_a_third_party_is_between_the_opposed_pair():
    typed = _typed(
        "Peru and Chile fought a border war. The captives confirmed by Peru and the Red Cross "
        "were returned. The exchange was facilitated by Brazil."
    )
    assert {(s, t) for s, t, k in typed if k == "mediate"} == {("bra", "per"), ("bra", "chl")}


def test_a_humanitarian_body_visiting_detainees_gives_aid():
    typed = _typed("ICRC delegates visited Armenian detainees held in Baku this week.")
    assert ("icrc", "arm", "humanitarian_aid") in typed
    assert not any(k == "consult" for _, _, k in typed)


def test_a_judged_deed_of_one_by_another_is_the_doers():
    typed = _typed(
        "The European Union condemned the detention of Ruben Vardanyan, a former minister, by "
        "Azerbaijani border guards."
    )
    assert {t for s, t, k in typed if k == "criticize"} == {"aze_border_guards"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Peruvian forces shelled our positions, the Chilean defence ministry said.",
            ("per", "chl"),
        ),
        (
            "Units of the armed forces of Peru subjected to artillery fire the positions of our "
            "army, the Ministry of Defense of Chile said.",
            ("per", "chl"),
        ),
    ],
)
def test_our_positions_are_the_trailing_speakers(text, expected):
    assert (*expected, "attack") in _typed(text)


def test_the_enemy_is_the_other_side_of_the_speakers():
    typed = _typed(
        'Fighting between Peru and Chile continued. "The enemy shelled our positions '
        'overnight," the Peruvian defence ministry said.'
    )
    assert ("chl", "per", "attack") in typed


def test_the_enemy_with_no_sides_set_against_each_other_is_no_one():
    typed = _typed('"The enemy shelled our positions," the Peruvian defence ministry said.')
    assert not any(k == "attack" for _, _, k in typed)


def test_the_owner_of_one_verbs_object_is_not_the_next_verbs_subject():
    typed = _typed(
        "Chilean troops stopped Peru's advance, surrounded and detained Peruvian soldiers."
    )
    assert ("chl", "per", "coerce") in typed


def test_the_owner_of_a_decision_stays_its_agent():
    typed = _typed(
        "Brazil welcomed Peru's decision, as a gesture of goodwill, to withdraw its bid."
    )
    assert not any(s == "bra" and k == "concede" for s, _, k in typed)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian villages were shelled from Chilean positions on Tuesday morning.",
        "A civilian was wounded after Peruvian positions were shelled from the Chilean side.",
    ],
)
def test_a_passive_attack_from_a_sides_positions_is_that_sides(text):
    assert ("chl", "per", "attack") in _typed(text)


def test_positions_subjected_to_fire_far_after_the_verb_are_attacked():
    typed = _typed(
        "The Peruvian armed forces subjected the positions of the Chilean Army in the Tacna "
        "district of the Arica region to fire from small arms."
    )
    assert ("per", "chl", "attack") in typed


def test_being_subjected_to_criticism_is_no_attack():
    typed = _typed("The Peruvian minister was subjected to harsh criticism over the fire.")
    assert not any(k == "attack" for _, _, k in typed)


def test_close_military_ties_are_cooperation():
    assert ("per", "bra", "cooperate") in _typed("Peru has close military ties with Brazil.")


def test_a_states_land_is_its_territory():
    typed = _statused("Lima denies that its forces are occupying any Chilean land.")
    assert ("per", "chl", "occupy", "denied") in typed
    assert ("per", "chl", "deny", "asserted") in typed


@pytest.mark.parametrize(
    "text",
    [
        "Armenia applied for membership in the European Union.",
        "Armenia's bid for membership in the EU angered Moscow.",
    ],
)
def test_applying_for_membership_is_an_intent_not_membership(text):
    typed = _typed(text)
    assert ("arm", "eu", "intend_cooperation") in typed
    assert not any(k == "member_of" for _, _, k in typed)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Brazil has delivered the first of 24 armoured vehicles to Peru. Chile's foreign "
            "ministry condemned the deliveries.",
            ("chl", "bra", "criticize"),
        ),
        (
            "Brazil has supplied Peru with three radars. Chile condemned the arms supplies.",
            ("chl", "bra", "criticize"),
        ),
    ],
)
def test_condemning_the_deliveries_judges_the_supplier_just_named(text, expected):
    typed = _typed(text)
    assert expected in typed
    assert ("chl", "per", "criticize") not in typed


def test_money_pledged_to_a_state_is_aid():
    assert ("usa", "arm", "aid") in _typed("The United States pledged $65 million to Armenia.")


def test_money_allocated_to_rebuild_ones_own_land_is_no_aid():
    assert _typed("Azerbaijan allocated $2 billion to rebuild Karabakh.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lima offered to sign a non-aggression treaty with Chile, but Santiago dismissed the "
            "proposal as a stalling tactic.",
            ("chl", "per", "reject"),
        ),
        ("Peru rejected Chile's proposal.", ("per", "chl", "reject")),
        ("Lima rejected a Chilean proposal to sign the treaty.", ("per", "chl", "reject")),
        ("Peru rejected the proposal by Brazil.", ("per", "bra", "reject")),
    ],
)
def test_a_rejected_proposal_is_the_proposers(text, expected):
    assert expected in _typed(text)


def test_a_proposal_rejected_with_no_proposer_names_no_one():
    assert _typed("Peru rejected the proposal.") == set()


def test_signing_a_protocol_is_an_agreement():
    assert ("per", "chl", "sign_agreement") in _typed(
        "Peru and Chile signed a protocol on border delimitation."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile held talks in Lima under UN auspices.",
        "Peru and Chile resumed peace talks in Washington on Monday under U.S. auspices.",
    ],
)
def test_talks_under_a_third_partys_auspices_are_its_mediation(text):
    mediators = {s for s, _, k in _typed(text) if k == "mediate"}
    assert len(mediators) == 1 and mediators <= {"un", "usa"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aliyev, Pashinyan hold talks in Brussels", ("aliyev", "pashinyan", "negotiate")),
        ("Peru, Chile trade blame over border shooting", ("per", "chl", "accuse")),
    ],
)
def test_a_headlines_two_names_joined_by_a_comma_are_both_subjects(text, expected):
    assert expected in _typed(text)


def test_a_headline_pair_with_a_plural_title_is_not_joined():
    typed = _typed("Armenia, Azerbaijan foreign ministers hold first bilateral talks since 2020")
    assert not any(s == "arm" and t == "bayramov" for s, t, _ in typed)


def test_helping_two_named_states_normalize_relations_offers_mediation():
    typed = _typed("Moscow stands ready to help Armenia and Azerbaijan normalize relations.")
    assert {(s, t) for s, t, k in typed if k == "offer_mediation"} == {
        ("rus", "arm"),
        ("rus", "aze"),
    }


# -- round 19: the limits a review found ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shelling threatened the fragile truce between Peru and Chile.", "ceasefire"),
        ("The threatened Peruvian villages were shelled by Chilean forces overnight.", "attack"),
        ("Turkey not only recognised Azerbaijan's independence but also sent troops.", "recognize"),
    ],
)
def test_threats_conditions_and_negations_that_leave_the_act_standing(text, expected):
    assert any(k == expected for _, _, k in _typed(text))


def test_threatened_sanctions_are_not_imposed():
    typed = _typed("Turkey threatened to impose sanctions on France if Paris recognised it.")
    assert ("tur", "fra", "threaten") in typed
    assert not any(k == "sanction" for _, _, k in typed)


def test_not_the_first_time_is_no_negation():
    typed = _typed("It was not the first time Chilean troops had ever attacked Peruvian territory.")
    assert ("chl", "per", "attack") in typed


def test_not_recognising_someones_claims_is_no_nonrecognition_of_them():
    assert _typed("Armenia did not recognize Azerbaijan's claims.") == set()
    typed = _typed("Russia did not recognize the ICC's jurisdiction.")
    assert ("rus", "icc", "nonrecognition") in typed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Peru and Chile traded accusations on Monday. Brazil said the enemy had shelled "
            "Chilean villages.",
            ("per", "chl", "attack"),
        ),
        (
            "Peru and Chile clashed on Monday. Peruvian troops stopped the enemy's advance and "
            "detained two soldiers.",
            None,
        ),
    ],
)
def test_the_enemy_is_one_of_the_opposed_pair_never_a_third_party(text, expected):
    typed = _typed(text)
    if expected:
        assert expected in typed
    assert not any(s == "bra" and k == "attack" for s, _, k in typed)
    assert not any(s == "chl" and k == "coerce" for s, _, k in typed)


def test_the_enemy_a_third_party_speaks_of_with_no_pair_is_no_one():
    typed = _typed("Brazil said the enemy had shelled Chilean villages.")
    assert not any(s == "bra" and k == "attack" for s, _, k in typed)


@pytest.mark.parametrize(
    "text, absent",
    [
        ('"We are ready to open our border with Turkey," Pashinyan said.', ("arm", "arm")),
        (
            "Pashinyan told the French president that our positions in Europe must be coordinated.",
            ("pashinyan", "arm"),
        ),
        ("A Russian company signed a deal with Azerbaijan to build a railway.", ("rus", "aze")),
    ],
)
def test_our_units_and_companies_in_their_everyday_senses(text, absent):
    assert not any((s, t) == absent for s, t, _ in _typed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile fought a war. Chile's victory was facilitated by Brazilian drones.",
        "Peru and Chile fought a war. The evacuation of civilians was facilitated by Brazil.",
    ],
)
def test_facilitated_is_mediation_only_of_a_deal(text):
    assert not any(k == "mediate" for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text",
    [
        "The EU offered to help Armenia resolve issues with its energy supply.",
        "Russia helped Armenia settle its debt issues with Gazprom.",
    ],
)
def test_helping_one_state_with_its_issues_is_no_mediation(text):
    assert not any(k in ("mediate", "offer_mediation") for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan discussed clashes with Kurdish militants on the Iraq-Turkey border.",
        "Tajikistan reported fighting with drug traffickers on the Afghan-Tajik border.",
    ],
)
def test_fighting_with_someone_on_a_border_is_not_between_the_two_it_divides(text):
    assert not any(k == "war" for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Azerbaijan rejected the Armenian proposal on border demarcation and welcomed EU "
            "mediation.",
            "reject_mediation",
        ),
        ("Aliyev rejected a proposal by Pashinyan to have Russia mediate.", "reject_mediation"),
        ("Armenia supported Azerbaijan's proposal to host COP29 in Baku.", "offer_mediation"),
        (
            "Pashinyan insisted that Azerbaijan return to talks mediated by the EU.",
            "request_mediation",
        ),
    ],
)
def test_proposals_that_are_no_offers_to_mediate(text, absent):
    assert not any(k == absent for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "France criticised Azerbaijan in March. Azerbaijan rejected criticism from rights "
            "groups.",
            ("aze", "fra", "reject"),
        ),
        (
            "France criticised Azerbaijan over the blockade. Armenia rejected the criticism of "
            "Baku as too weak.",
            ("arm", "aze", "reject"),
        ),
        ("Armenia dismissed its army chief amid criticism from Russia.", ("arm", "rus", "reject")),
    ],
)
def test_criticism_rejected_is_only_the_critics_named_or_last(text, absent):
    assert absent not in _typed(text)


def test_a_rejected_proposal_then_criticism_from_a_third():
    typed = _typed(
        "Azerbaijan rejected the Armenian peace proposal, drawing criticism from France."
    )
    assert ("aze", "arm", "reject") in typed
    assert ("aze", "fra", "reject") not in typed


@pytest.mark.parametrize(
    "text",
    [
        "Armenia condemned the blockade, citing the latest statement by the ICRC.",
        "France condemned the shelling, pending an investigation by Azerbaijan.",
    ],
)
def test_a_by_phrase_of_another_noun_names_no_judged_doer(text):
    assert not any(k == "criticize" and t in ("icrc", "aze") for _, t, k in _typed(text))


def test_aid_to_people_displaced_by_fighting_in_a_territory():
    typed = _typed("The EU sent humanitarian aid to people displaced by the fighting in Karabakh.")
    assert ("eu", "nagorno_karabakh_population", "humanitarian_aid") in typed


def test_advised_is_still_an_appeal():
    typed = _typed("The US, who advised Armenia to join the talks, welcomed the agreement.")
    assert ("usa", "arm", "appeal") in typed


def test_positions_subjected_to_a_blockade_are_not_fired_on():
    typed = _typed(
        "Azerbaijan subjected Armenian villages to a blockade, cutting gas supplies, and the "
        "shelling continued."
    )
    assert not any(k == "attack" for _, _, k in typed)


def test_an_ambassador_visiting_a_prison_gives_no_aid():
    typed = _typed("The Russian ambassador visited the prison where Armenian detainees are held.")
    assert not any(k == "humanitarian_aid" for _, _, k in typed)


def test_a_hyphenated_chain_of_three_is_all_three():
    typed = _typed("Kazakhstan hosted Russia-Turkey-Iran talks over Syria until last year.")
    assert {(s, t) for s, t, k in typed if k == "mediate"} == {
        ("kaz", "rus"),
        ("kaz", "tur"),
        ("kaz", "irn"),
    }
    assert ("tur", "irn", "negotiate") in typed


# -- round 19: the limits a second review found -----------------------------------------------


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "India sold artillery to Armenia. Armenia and Azerbaijan are negotiating a peace "
            "deal. Russia criticized the deal.",
            ("rus", "ind"),
        ),
        (
            "The US pledged $10 million to Armenia. The EU adopted a new sanctions package "
            "against Russia. Moscow condemned the package.",
            ("rus", "usa"),
        ),
    ],
)
def test_the_deal_or_the_package_judged_is_not_the_last_supplier(text, absent):
    assert not any((s, t) == absent and k == "criticize" for s, t, k in _typed(text))


def test_money_pledged_stops_at_the_next_clause():
    typed = _typed(
        "The EU pledged 10 million euros to Armenia, and Azerbaijan criticized the move."
    )
    assert ("eu", "arm", "aid") in typed
    assert ("eu", "aze", "aid") not in typed


def test_a_list_with_a_final_comma_is_still_a_list():
    typed = _typed("Armenia, Azerbaijan, and Russia signed the statement.")
    assert ("aze", "rus", "sign_agreement") in typed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Russia offered to host talks between Armenia and Azerbaijan. Baku rejected the "
            "proposal.",
            ("aze", "rus", "reject"),
        ),
        ("Armenia rejected the offer of talks from Russia.", ("arm", "rus", "reject")),
        ("Russia rejected criticism of its peacekeepers by Armenia.", ("rus", "arm", "reject")),
    ],
)
def test_the_proposer_or_critic_is_the_one_who_proposed_or_criticised(text, expected):
    typed = _typed(text)
    assert expected in typed
    assert ("aze", "arm", "reject") not in typed


def test_a_claim_about_an_initiative_is_still_a_claim():
    typed = _typed("Armenia rejected the Azerbaijani claim that the French initiative was biased.")
    assert ("arm", "aze", "deny") in typed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia accepted the proposal of Iran to broker talks.",
            ("arm", "irn", "accept_mediation"),
        ),
        ("Azerbaijan rejected an offer by France to mediate.", ("fra", "aze", "offer_mediation")),
        (
            "Armenia proposed that the dispute be mediated by France.",
            ("arm", "fra", "request_mediation"),
        ),
    ],
)
def test_offers_and_requests_of_mediation_phrased_otherwise(text, expected):
    typed = _typed(text)
    assert expected in typed
    assert not any(k == "mediate" for _, _, k in typed)


def test_auspices_only_of_talks():
    assert _typed("Georgia hosted a conference under EU auspices on Black Sea security.") == set()


def test_a_headline_pair_starts_the_headline():
    typed = _typed("Unlike Russia, France backs Armenia")
    assert ("fra", "arm", "support") in typed
    assert not any(s == "rus" for s, _, _ in typed)


def test_helping_one_state_settle_its_differences_with_another():
    typed = _typed("Russia helped Armenia resolve its differences with Turkey.")
    assert {(s, t) for s, t, k in typed if k == "mediate"} == {("rus", "arm"), ("rus", "tur")}


def test_can_help_is_an_offer():
    typed = _statused("Georgia can help Armenia and Azerbaijan normalize relations.")
    assert ("geo", "arm", "offer_mediation", "offered") in typed


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Turkey threatened to recognize Northern Cyprus.", "recognize"),
        ("Russia threatened to supply weapons to Azerbaijan.", "military_aid"),
        (
            "Baku will keep troops on the border even if Armenia recognizes Azerbaijan's "
            "territorial integrity.",
            "recognize",
        ),
        ("Armenia no longer has close military ties with Russia.", "cooperate"),
        ("Armenia has no plans to apply for membership in the EU.", "intend_cooperation"),
    ],
)
def test_threatened_conditional_and_no_longer_acts_are_not_done(text, absent):
    assert not any(k == absent for _, _, k in _typed(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An Armenian unit shelled Azerbaijani positions near Lachin.", ("arm", "aze", "attack")),
        (
            "Our positions came under fire from Azerbaijani forces, the Armenian ministry said.",
            ("aze", "arm", "attack"),
        ),
        (
            "Armenian units opened fire in the direction of our positions, the Azerbaijani "
            "defence ministry said.",
            ("arm", "aze", "attack"),
        ),
        (
            "Azerbaijan reported clashes with heavy casualties on the Armenia-Azerbaijan border.",
            ("arm", "aze", "war"),
        ),
    ],
)
def test_units_our_positions_and_border_clashes_kept(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia criticized the statement by Azerbaijan.", ("arm", "aze", "criticize")),
        (
            "Armenia condemned the detention of Armenian soldiers near the border by Azerbaijan.",
            ("arm", "aze", "criticize"),
        ),
        (
            "Armenia condemned the harassment of Armenian civilians by Azerbaijani soldiers.",
            ("arm", "aze", "criticize"),
        ),
    ],
)
def test_the_doer_of_a_judged_deed_after_its_phrase(text, expected):
    assert expected in _typed(text)


def test_joint_exercises_of_three_are_all_three():
    typed = _typed("Joint Turkish-Azerbaijani-Pakistani military exercises began on Monday.")
    pairs = {frozenset((s, t)) for s, t, k in typed if k == "material_cooperation"}
    assert pairs == {frozenset(p) for p in (("tur", "aze"), ("tur", "pak"), ("aze", "pak"))}


def test_ceasefire_violations_are_violations_not_a_ceasefire():
    typed = _typed("Armenia and Azerbaijan accused each other of ceasefire violations.")
    assert ("arm", "aze", "violate_ceasefire") in typed
    assert not any(k == "ceasefire" for _, _, k in typed)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ayhan Hajizade criticized Armenia.", "hajizada"),  # -zada / -zade
        ("Hikmet Hajiev criticized Armenia.", "hajiyev"),  # -yev / -ev
        ("Arayik Harutiunian criticized Azerbaijan.", "harutyunyan"),  # -yunyan / -iunian
        ("Elmar Mamedyarov criticized Armenia.", "mammadyarov"),  # Mammad- / Mamed-
        ("Hossein Amir Abdollahian criticized Azerbaijan.", "amir_abdollahian"),  # hyphen
    ],
)
def test_a_known_person_is_found_under_the_regions_other_transliterations(text, person):
    G = gk.extract(text, date="2021-05-01")
    assert [s for s, _, _ in triples(G)] == [person]
    assert G.nodes[person]["kind"] == "person"


def test_who_asked_for_talks_it_takes_part_in_is_no_mediator():
    G = extract_holders(
        "Putin spoke by phone with Aliyev at the initiative of the Azerbaijani side."
    )
    assert {t for _, _, t in triples(G)} == {"consult"}
    G = extract_holders(
        "The meeting of Aliyev and Pashinyan took place at the initiative of Charles Michel."
    )
    assert ("michel", "aliyev", "mediate") in triples(G)
    assert ("michel", "pashinyan", "mediate") in triples(G)
    # a place or an owner named with "in" or "of" is no party to the talks
    G = extract_holders(
        "The foreign ministers of Azerbaijan and Armenia met in Germany at the invitation "
        "of Chancellor Olaf Scholz.",
        date="2023-05-01",
    )
    assert ("scholz", "bayramov", "mediate") in triples(G)
    assert ("scholz", "mirzoyan", "mediate") in triples(G)


def test_manner_adverbs_stand_between_a_meeting_and_its_partners():
    G = gk.extract(
        "The co-chairs met separately and jointly with Azerbaijani Foreign Minister Jeyhun "
        "Bayramov and Armenian Foreign Minister Zohrab Mnatsakanyan in Geneva.",
        date="2020-10-30",
    )
    assert {(s, t) for s, t, ty in triples(G) if ty == "meet"} == {
        ("minsk_group", "bayramov"),
        ("minsk_group", "mnatsakanyan"),
    }


def test_the_capital_named_by_its_states_demonym_is_that_state_or_a_place():
    G = gk.extract("Armenian Foreign Minister Ararat Mirzoyan visited the Iranian capital.")
    assert triples(G) == [("mirzoyan", "irn", "consult")]
    G = gk.extract("Talks between Armenia and Azerbaijan were held in the Russian capital.")
    assert triples(G) == [("arm", "aze", "negotiate")]


def test_a_demonym_pair_before_a_groups_role_names_each_states_group():
    G = gk.extract("Fighting broke out between Armenian and Azerbaijani border guards.")
    assert triples(G) == [("arm_border_guards", "aze_border_guards", "war")]
    assert G.nodes["arm_border_guards"]["parent"] == "arm"
    G = gk.extract("Armenian and Azerbaijani border guards exchanged fire.")
    assert sorted(triples(G)) == [
        ("arm_border_guards", "aze_border_guards", "attack"),
        ("aze_border_guards", "arm_border_guards", "attack"),
    ]


def test_a_shootout_is_fighting():
    G = gk.extract("A shootout between Armenian and Azerbaijani troops left two dead.")
    assert triples(G) == [("arm", "aze", "war")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan did not allow the convoy to pass through the Lachin Corridor.",
            [("aze", "lachin_corridor", "blockade")],
        ),
        (
            "Baku refused to let humanitarian aid into Nagorno-Karabakh.",
            [("aze", "nagorno_karabakh", "blockade")],
        ),
        (
            "Azerbaijan blocked aid deliveries to Nagorno-Karabakh.",
            [("aze", "nagorno_karabakh", "blockade")],
        ),
        # allowing access stays what it is; halting one's own aid is no blockade
        (
            "Azerbaijan allowed the Red Cross to resume medical evacuations from Karabakh.",
            [("aze", "icrc", "allow_humanitarian_access")],
        ),
        ("The United States halted aid to Armenia.", [("usa", "arm", "halt_humanitarian_aid")]),
    ],
)
def test_keeping_aid_out_is_a_blockade_of_where_it_was_going(text, expected):
    assert triples(gk.extract(text, date="2023-08-31")) == expected


def test_a_hard_wrapped_text_is_read_with_its_lines_joined(tmp_path):
    text = (
        "The Azerbaijani Foreign Ministry said on Monday that Armenian forces\n"
        "shelled its positions in the Kalbajar district overnight, and\n"
        "accused Yerevan of violating the ceasefire agreement reached in\n"
        "November. The ministry also called on the international community\n"
        "to condemn the attack.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    G = gk.extract(path, date="2021-05-01")
    assert triples(G) == [
        ("arm", "aze", "attack"),
        ("arm", "aze", "violate_ceasefire"),
        ("aze", "arm", "accuse_aggression"),
    ]
    # the first sentence runs over three lines
    assert {d["sentence"] for _, _, d in G.edges(data=True)} == {1}
    # a text whose lines are its sentences and headlines is read as it is
    assert gk.extract("Talks resume\nBaku and Yerevan held talks.").number_of_edges() == 1


@pytest.mark.parametrize(
    ("text", "members", "body"),
    [
        (
            "The 3+3 format brings together the three Caucasian states of Armenia, Azerbaijan "
            "and Georgia, as well as the three neighbours, Iran, Russia and Turkey.",
            {"arm", "aze", "geo", "irn", "rus", "tur"},
            "platform_3plus3",
        ),
        (
            "The talks were held within the 3+3 platform, which includes Iran, Russia and Turkey.",
            {"irn", "rus", "tur"},
            "platform_3plus3",
        ),
        (
            "The OSCE Minsk Group – co-chaired by France, Russia and the US – was formed in 1992.",
            {"fra", "rus", "usa"},
            "minsk_group",
        ),
        (
            "Minsk Group co-chairs Russia and France urged Armenia to negotiate.",
            {"rus", "fra"},
            "minsk_group",
        ),
    ],
)
def test_the_members_a_sentence_lists_for_a_body(text, members, body):
    G = gk.extract(text)
    assert {s for s, t, ty in triples(G) if ty == "member_of" and t == body} == members


def test_examples_after_including_are_no_members_and_states_is_no_reporting_verb():
    G = gk.extract("The co-chairs appealed to the international community, including the UN.")
    assert "member_of" not in {ty for _, _, ty in triples(G)}
    # a spaced dash between two demonyms still joins them
    G = gk.extract("Since the 2020 Armenian – Azerbaijani war, the two sides have talked.")
    assert ("aze", "arm", "war") in triples(G) or ("arm", "aze", "war") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey, Azerbaijan's closest ally, condemned Armenia.", ("tur", "arm", "criticize")),
        ("Russia — Armenia's main ally — criticized Azerbaijan.", ("rus", "aze", "criticize")),
        ("Azerbaijan, a close ally of Turkey, attacked Armenia.", ("aze", "arm", "attack")),
    ],
)
def test_an_apposition_that_describes_the_subject_holds_no_subject(text, expected):
    G = gk.extract(text)
    assert expected in triples(G)
    assert (expected[0], expected[1]) == next(
        (s, t) for s, t, ty in triples(G) if ty == expected[2]
    )
    # a list with "the" is still a list
    G = gk.extract("Armenia, the EU, and the US met in Brussels.")
    assert {(s, t) for s, t, _ in triples(G)} == {("arm", "eu"), ("arm", "usa"), ("eu", "usa")}


def test_a_third_party_that_proposes_a_meeting_of_two_others_offers_to_mediate():
    G = gk.extract("Russia proposed a summit of Aliyev and Pashinyan in Sochi.")
    assert triples(G) == [
        ("rus", "aliyev", "offer_mediation"),
        ("rus", "pashinyan", "offer_mediation"),
    ]
    assert {d["status"] for _, _, d in G.edges(data=True)} == {"offered"}
    # one's own proposal of talks, or of a meeting one takes part in, stays one's intent
    G = gk.extract("Armenia proposed talks to Azerbaijan.")
    assert triples(G) == [("arm", "aze", "intend_cooperation")]
    G = gk.extract("Aliyev proposed a meeting with Pashinyan and Putin.")
    assert {ty for _, _, ty in triples(G)} == {"intend_cooperation"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin said Pashinyan's remarks were provocative.", [("rus", "pashinyan")]),
        ("Zakharova called Armenia's statements destructive.", [("zakharova", "arm")]),
        ("Azerbaijan considers the French position biased.", [("aze", "fra")]),
        # a situation judged dangerous has no doer
        ("The situation on the border is dangerous, the ministry said.", []),
    ],
)
def test_a_doer_judged_provocative_destructive_or_biased_is_criticized(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert [(s, t) for s, t, ty in triples(G) if ty == "criticize"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan claims Zangezur as historic Azerbaijani land.", [("aze", "syunik", "claim")]),
        ("Armenia lays claim to Nagorno-Karabakh.", [("arm", "nagorno_karabakh", "claim")]),
        (
            "Baku considers Karabakh an integral part of Azerbaijan.",
            [("aze", "nagorno_karabakh", "sovereignty")],
        ),
        # "as" and "a" share a lemma: "claims to have won a ..." is no claim to land
        (
            "Azerbaijan claims to have achieved a series of victories, having regained territory.",
            [],
        ),
    ],
)
def test_claims_to_land_and_an_integral_part(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia received humanitarian assistance from Iran.",
            [("irn", "arm", "humanitarian_aid")],
        ),
        ("Azerbaijan bought drones from Israel.", [("isr", "aze", "military_aid")]),
        ("Armenia received a loan from Russia.", [("rus", "arm", "aid")]),
        ("Armenia received a letter from Azerbaijan.", []),
        # the wounded cared for are no wounding
        (
            "The ICRC evacuated wounded people from Nagorno-Karabakh to Armenia.",
            [("icrc", "nagorno_karabakh_population", "humanitarian_aid")],
        ),
        ("Azerbaijani shelling wounded two Armenian soldiers.", [("aze", "arm", "attack")]),
    ],
)
def test_aid_received_from_a_giver_and_the_wounded_cared_for(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Erdogan visited Baku and met Aliyev.",
            [("erdogan", "aliyev", "consult"), ("erdogan", "aliyev", "meet")],
        ),
        ("Aliyev received a phone call from Erdogan.", [("erdogan", "aliyev", "consult")]),
        ("Aliyev hosted Erdogan in Shusha.", [("aliyev", "erdogan", "consult")]),
        # hosting two is mediating; a guest list or a relative clause is no one guest
        (
            "The EU hosted Aliyev and Pashinyan in Brussels.",
            [
                ("aliyev", "pashinyan", "meet"),
                ("eu", "aliyev", "mediate"),
                ("eu", "pashinyan", "mediate"),
            ],
        ),
        (
            "Aliyev canceled talks with Pashinyan which the EU planned to host in October.",
            [("aliyev", "pashinyan", "halt_negotiation")],
        ),
    ],
)
def test_visits_calls_and_a_hosted_guest(text, expected):
    assert triples(gk.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Armenian Foreign Ministry said that Baku grossly violates the international "
            "obligation it has assumed.",
            [("arm", "aze", "accuse")],
        ),
        ("Armenia violated the agreement, Aliyev said.", [("aliyev", "arm", "accuse")]),
        # a promise not to break a commitment, and a breach no one reports, charge no one
        ("Azerbaijan said it would never violate its commitments.", []),
        ("Armenia violated the agreement.", []),
    ],
)
def test_a_reported_breach_of_a_commitment_is_the_speakers_charge(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


def test_this_was_disinformation_denies_the_last_charge():
    G = gk.extract(
        "Yerevan said Azerbaijani troops killed two soldiers. Baku said this was disinformation."
    )
    assert ("aze", "arm", "deny") in triples(G)
    G = gk.extract("Aliyev said that was a historic day.", allow_empty=True)
    assert triples(G) == []


def test_an_accused_attack_past_a_hyphenated_adjective():
    G = gk.extract("Armenia accused Azerbaijan of launching a large-scale attack.")
    assert triples(G) == [("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who reports the talks is no party to them
        (
            "Aliyev and Pashinyan met in Sochi at the initiative of Putin, Kremlin spokesman "
            "Dmitry Peskov said.",
            [
                ("aliyev", "pashinyan", "meet"),
                ("putin", "aliyev", "mediate"),
                ("putin", "pashinyan", "mediate"),
            ],
        ),
        # what a body's programme or summit "includes" is no member of it
        (
            "The UN Security Council agenda includes Armenia and Azerbaijan.",
            [],
        ),
        ("The CSTO summit in Yerevan included Putin, Pashinyan and Lukashenko.", []),
        # a bare "as well as" joins no new party to the list before it
        (
            "Iran condemned the Azerbaijani attack on Armenia, as well as Israel's support "
            "for Baku.",
            [
                ("aze", "arm", "attack"),
                ("irn", "aze", "accuse_aggression"),
                ("irn", "aze", "criticize"),
                ("isr", "aze", "support"),
            ],
        ),
        # a double negative allows; allowing is no closure of the route
        ("Azerbaijan never refused to allow aid to pass through the Aghdam road.", []),
        ("Azerbaijan did not stop allowing aid through the Lachin corridor.", []),
        (
            "Azerbaijan allowed the ICRC convoy to pass through the Lachin corridor.",
            [("aze", "icrc", "allow_humanitarian_access")],
        ),
        # an arms ban is an embargo; aid blocked goes where it was going, not to its giver
        ("Turkey banned arms deliveries to Armenia.", [("tur", "arm", "sanction")]),
        ("Hungary blocked EU aid to Ukraine.", [("hun", "ukr", "blockade")]),
        # the proposer of a meeting it takes part in offers no mediation
        (
            "Pashinyan proposed a meeting of the leaders of Armenia, Azerbaijan and France.",
            [
                ("pashinyan", "aze", "intend_cooperation"),
                ("pashinyan", "fra", "intend_cooperation"),
            ],
        ),
        # "states": the verb after its subject, the noun after a word that qualifies it
        (
            "Azerbaijan states Armenia shelled its positions in Kalbajar.",
            [("arm", "aze", "attack"), ("aze", "arm", "accuse_aggression")],
        ),
        (
            "EU member states, including France, criticized Azerbaijan.",
            [("fra", "aze", "criticize")],
        ),
        # another first name before a surname spelt as another person's is another person
        # (round 21: known by the full name, not the Azerbaijani spokesman)
        ("Ali Hajizadeh criticized Azerbaijan.", [("hajizadeh", "aze", "criticize")]),
    ],
)
def test_review_of_round_20_readings(text, expected):
    G = gk.extract(text, allow_empty=True, date="2023-05-01")
    assert triples(G) == expected
    if expected and text.startswith(("Azerbaijan states", "EU member")):
        assert {d["status"] for _, _, d in G.edges(data=True) if d["type"] == "criticize"} <= {
            "asserted"
        }


def test_a_short_line_before_a_capital_stays_a_line_in_a_hard_wrapped_text():
    from graphlib_kb.extract.reader import unwrap_lines

    text = (
        "Peace talks stall\n"
        "Armenia and Azerbaijan failed to agree on the text of a peace\n"
        "treaty on Monday, the foreign ministries of both countries\n"
        "said in statements. The talks in Washington ended without\n"
        "a date for the next round.\n"
    )
    assert unwrap_lines(text).split("\n")[:2] == [
        "Peace talks stall",
        "Armenia and Azerbaijan failed to agree on the text of a peace treaty on Monday, the "
        "foreign ministries of both countries said in statements. The talks in Washington "
        "ended without a date for the next round.",
    ]


def test_the_trilateral_meeting_of_one_who_met_two_and_an_intermediary():
    G = gk.extract("Michel met Aliyev and Pashinyan in Brussels for a trilateral meeting.")
    # (no mediation the wrong way round: the two met with him, he did not meet between them)
    assert not any(t == "michel" and ty == "mediate" for _, t, ty in triples(G))
    G = gk.extract(
        "Pashinyan and Aliyev are at odds. Michel met Aliyev and Pashinyan in Brussels for a "
        "trilateral meeting."
    )
    assert {(s, t) for s, t, ty in triples(G) if ty == "mediate"} == {
        ("michel", "aliyev"),
        ("michel", "pashinyan"),
    }
    G = gk.extract("The ICRC acted as an intermediary between Armenia and Azerbaijan.")
    assert triples(G) == [("icrc", "arm", "mediate"), ("icrc", "aze", "mediate")]


def test_a_denied_act_answers_only_a_charge_of_the_side_it_would_have_hit():
    G = gk.extract("Armenia accused Azerbaijan of shelling Sotk. Baku denied shelling the village.")
    assert ("aze", "arm", "deny") in triples(G)
    # a road is no accuser, nor is the one a denied supply would have helped
    G = gk.extract("Azerbaijan denied blocking the Lachin corridor.")
    assert triples(G) == [("aze", "lachin_corridor", "blockade")]
    assert next(iter(G.edges(data=True)))[2]["status"] == "denied"
    G = gk.extract("Turkey denied sending Syrian fighters to Azerbaijan.")
    assert triples(G) == [("tur", "aze", "military_aid")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # received: only aid right after the verb, from the giver right after "from"
        ("Armenia obtained images of Azerbaijani missiles from satellites.", []),
        ("Armenia received no weapons from Russia.", []),
        # the charge ends at "ahead of", "during", "after"
        # (round 36: the arming charged is read, alleged)
        (
            "Baku accused France of arming Armenia ahead of an attack.",
            [("aze", "fra", "accuse"), ("fra", "arm", "military_aid")],
        ),
        # "this was a lie": its speaker is the one right before, and a clause break ends it
        (
            "Armenia accused Azerbaijan of shelling Jermuk. France said this was unacceptable, "
            "while Baku said this was a lie.",
            [
                ("arm", "aze", "accuse_aggression"),
                ("aze", "arm", "attack"),
                ("aze", "arm", "deny"),
            ],
        ),
        # an intermediary in trade mediates nothing
        ("Georgia acts as an intermediary for trade between Russia and Armenia.", []),
        # "and wounded three" is a wounding
        (
            "Azerbaijani shelling killed one and wounded three Armenian civilians.",
            [("aze", "arm_population", "attack")],
        ),
        # East Zangezur is Azerbaijan's own region, not Syunik
        (
            "Azerbaijan controls East Zangezur.",
            [("aze", "east_zangezur", "control")],
        ),
        # a breach's doer is its own clause's subject; "violated no agreement" is none
        ("Aliyev told Michel that Armenia violated the agreement.", [("aliyev", "arm", "accuse")]),
        ("Aliyev said Russia violated no agreement.", []),
        # two hosts, each its own guest (round 35: the second one's subject found too)
        (
            "Aliyev hosted Erdogan in Shusha, and Pashinyan hosted Macron in Yerevan.",
            [("aliyev", "erdogan", "consult"), ("pashinyan", "macron", "consult")],
        ),
    ],
)
def test_second_review_of_round_20_readings(text, expected):
    assert triples(gk.extract(text, allow_empty=True, date="2023-05-01")) == expected


def test_a_trilateral_meeting_still_to_come_is_no_mediation_the_wrong_way_round():
    G = gk.extract(
        "Pashinyan and Aliyev are at odds. Michel met Aliyev and Pashinyan separately, ahead "
        "of a trilateral meeting planned for October."
    )
    assert not any(t == "michel" and ty == "mediate" for _, t, ty in triples(G))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the talks a pair agreed to are talks (the coders' reading), not a cooperation
        (
            "Armenia and Azerbaijan agreed to start negotiating a peace treaty.",
            [("arm", "aze", "negotiate")],
        ),
        (
            "Armenia and Azerbaijan agreed to set up a border commission.",
            [("arm", "aze", "cooperate")],
        ),
        # a body's charter is a document, no party
        ("The leaders reaffirmed their commitment to the UN Charter.", []),
    ],
)
def test_talks_agreed_to_and_a_charter(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


# ---- round 21: offices and titles, lists of states, calls, references (docs/extract.md) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headline short titles: the office they abbreviate, held in the text's year
        (
            "Armenian PM accuses Azerbaijan of aggression",
            [("pashinyan", "aze", "accuse_aggression")],
        ),
        ("Iranian FM travels to Armenia", [("amir_abdollahian", "arm", "consult")]),
        (
            "UN chief urges Armenia and Azerbaijan to end fighting",
            [("guterres", "arm", "appeal"), ("guterres", "aze", "appeal")],
        ),
        ("NATO chief urges Azerbaijan to show restraint", [("stoltenberg", "aze", "appeal")]),
        # "the Russian leader" stays the state: the coders keep unnamed leaders at that level
        ("The Russian leader urged Azerbaijan to show restraint.", [("rus", "aze", "appeal")]),
    ],
)
def test_short_titles_of_an_office(text, expected):
    found = triples(extract_holders(text, allow_empty=True, date="2023-05-01"))
    assert sorted(t for t in found if t[2] not in ("attack",)) == sorted(expected)


def test_the_secretary_general_written_without_a_hyphen_and_an_adverb_after_a_title():
    text = (
        "UN Secretary-General Antonio Guterres urged calm, his spokesman Stephane Dujarric "
        'said. "The Secretary General closely followed the process. He welcomes the agreement '
        "between Armenia and Azerbaijan. The Secretary General calls on the parties to "
        'continue delimitation," Dujarric said.'
    )
    rows = {
        (s, t, d["type"], d["sentence"])
        for s, t, d in gk.extract(text, date="2024-05-01").edges(data=True)
    }
    # "He" is the Secretary-General of the sentence before (not the spokesman who speaks)
    assert ("guterres", "arm", "support", 3) in rows
    assert not any(s == "dujarric" for s, _, _, _ in rows)
    # "The Secretary General calls on ..." is Guterres too
    assert {("guterres", "arm", "appeal", 4), ("guterres", "aze", "appeal", 4)} <= rows


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan in 1991.",
        "Armenia and Azerbaijan have fought over Nagorno-Karabakh, a region of Azerbaijan "
        "which broke away from Baku in a 1990s war.",
        "Nagorno-Karabakh is an ethnic Armenian region that broke away from Azerbaijan.",
    ],
)
def test_what_broke_away_is_claimed_by_those_who_hold_it(text):
    found = triples(gk.extract(text, allow_empty=True, date="2023-05-01"))
    assert ("separatists", "nagorno_karabakh", "claim") in found


def test_breaking_away_from_a_state_names_no_claim_without_a_territory():
    found = triples(gk.extract("Armenia broke away from Russia's orbit.", allow_empty=True))
    assert not any(ty == "claim" for _, _, ty in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call owned by a possessive is the owner's, with the one it is with
        (
            "The presidency issued a statement on Ilham Aliyev's call with US Secretary of "
            "State Antony Blinken.",
            [("aliyev", "blinken", "consult"), ("blinken", "aliyev", "consult")],
        ),
        (
            "Putin spoke with Pashinyan one day after his phone call with Azerbaijani "
            "President Ilham Aliyev.",
            [
                ("aliyev", "putin", "consult"),
                ("putin", "aliyev", "consult"),
                ("putin", "pashinyan", "consult"),
            ],
        ),
        (
            "Aliyev raised the issue in a June call with Blinken.",
            [("aliyev", "blinken", "consult"), ("blinken", "aliyev", "consult")],
        ),
    ],
)
def test_calls_owned_and_calls_with(text, expected):
    assert sorted(triples(gk.extract(text, allow_empty=True, date="2023-05-01"))) == sorted(
        expected
    )


def test_an_offer_to_mediate_with_no_parties_is_between_the_two_the_text_opposes():
    # the two states the text has named most include the mediator itself: not its parties
    G = gk.extract("Azerbaijan attacked Armenia on Tuesday. Iran is ready to mediate.")
    offers = {(s, t) for s, t, ty in triples(G) if ty == "offer_mediation"}
    assert offers == {("irn", "arm"), ("irn", "aze")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withholding recognition of a land is of the republic its de facto authorities hold
        (
            "Azerbaijan did not recognize the independence of Nagorno-Karabakh.",
            [("aze", "separatists", "nonrecognition")],
        ),
        (
            "Russia accused Azerbaijan of violating the truce. Baku said the claim does not "
            "reflect the truth.",
            [
                ("aze", "rus", "deny"),
                # (the breach charged, toward the other side of the conflict: a third party's
                # charge names no side)
                ("aze", "arm", "violate_ceasefire"),
                ("rus", "aze", "accuse_aggression"),
            ],
        ),
    ],
)
def test_withheld_recognition_and_claims_that_do_not_reflect_the_truth(text, expected):
    assert sorted(triples(gk.extract(text, allow_empty=True, date="2023-05-01"))) == sorted(
        expected
    )


def test_relief_with_no_recipient_goes_to_the_people_of_the_contested_land():
    G = gk.extract(
        "Baku closed the road to Nagorno-Karabakh. Germany has provided 22 million euros in "
        "humanitarian aid since 2021.",
        date="2023-05-01",
    )
    assert ("deu", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        # no contested land named: no one to give it to
        "Armenia and Azerbaijan clashed on the border. The EU provided humanitarian aid.",
        # not relief: help for a process
        "Nagorno-Karabakh was the issue. Russia will provide all necessary assistance for the "
        "normalization of relations.",
        # asked for, not given
        "Baku closed the road to Nagorno-Karabakh. The US urged Azerbaijan to let aid groups "
        "provide food.",
    ],
)
def test_relief_with_no_recipient_needs_a_contested_land_and_relief_given(text):
    found = triples(gk.extract(text, allow_empty=True, date="2023-05-01"))
    assert not any(ty == "humanitarian_aid" and "population" in t for _, t, ty in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, together / along with Y, V": both are the subject
        (
            "Russia, together with France, urged Armenia to withdraw.",
            [("fra", "arm", "appeal"), ("rus", "arm", "appeal")],
        ),
        (
            "Azerbaijan, along with Turkey, rejected the resolution of the French Senate.",
            [("aze", "fra", "reject"), ("tur", "fra", "reject")],
        ),
        # the forum of a mediation is no party to it
        (
            "Armenia and Azerbaijan clashed again. Russia will continue its mediatory efforts "
            "within the framework of the OSCE Minsk Group.",
            [("arm", "aze", "war"), ("rus", "arm", "mediate"), ("rus", "aze", "mediate")],
        ),
        # a guarantor's role in a deal between the two the text opposes
        (
            "Armenia and Azerbaijan fought in 2020. A trilateral agreement ended the war, with "
            "Russia playing the role of guarantor.",
            [("arm", "aze", "war"), ("rus", "arm", "mediate"), ("rus", "aze", "mediate")],
        ),
    ],
)
def test_subjects_brought_in_by_along_with_forums_and_guarantors(text, expected):
    found = triples(gk.extract(text, allow_empty=True, date="2023-05-01"))
    assert sorted(set(found)) == sorted(expected)


def test_it_after_a_participle_of_saying_is_the_main_subject():
    G = gk.extract(
        "The ICRC welcomed the ceasefire, saying that it stands ready to facilitate the "
        "handover of bodies between Armenia and Azerbaijan."
    )
    offers = {(s, t) for s, t, ty in triples(G) if ty == "offer_mediation"}
    assert offers == {("icrc", "arm"), ("icrc", "aze")}


def test_it_after_a_quotation_and_a_participle_is_not_the_quotations_first_actor():
    G = gk.extract(
        '"Iran considers the region\'s security its own," said the minister, adding that it '
        "stands ready to host talks between Armenia and Turkey."
    )
    assert not any(s == "irn" and ty == "offer_mediation" for s, _, ty in triples(G))


def test_an_organisation_opening_a_sentence_is_the_it_of_the_next():
    G = gk.extract(
        "The European Parliament adopted a resolution. It expressed its solidarity with Armenia."
    )
    assert triples(G) == [("eu_parliament", "arm", "support")]


def test_the_conflict_parties_qualified_by_the_territory_are_the_pair():
    G = gk.extract(
        "Azerbaijani and Armenian forces clashed again. The Russian Foreign Ministry called "
        "on the Nagorno-Karabakh conflict parties to cease fire."
    )
    assert {("rus", "arm", "appeal"), ("rus", "aze", "appeal")} <= set(triples(G))


def test_a_title_before_its_holder_is_named_is_the_holder_the_text_names_later():
    text = (
        '"The Secretary-General urges an immediate end to the fighting between Armenia and '
        'Azerbaijan," his spokesman said. Antonio Guterres spoke with both leaders.'
    )
    found = triples(gk.extract(text, date="2020-07-14"))
    assert {("guterres", "arm", "appeal"), ("guterres", "aze", "appeal")} <= set(found)
    # the holder must be named in the text: no guess from the office alone, unless the text is
    # the UN's (round 26), and then only in a dated text (an undated one's latest year is no
    # office-holder's)
    alone = text.split(" Antonio")[0]
    found = triples(gk.extract(alone, date="2020-07-14", allow_empty=True))
    assert not any(s == "guterres" for s, _, _ in found)
    un = "A UN statement followed. " + alone
    assert ("guterres", "arm", "appeal") in triples(gk.extract(un, date="2020-07-14"))
    assert not any(s == "guterres" for s, _, _ in triples(gk.extract(un, allow_empty=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time's possessive is a determiner: the judged act is the one just stated
        (
            "Azerbaijani forces shelled Sotk on Thursday. Armenia condemned Thursday's attack.",
            [("arm", "aze", "criticize"), ("aze", "arm", "attack")],
        ),
        # "a group of X" opening a sentence: X is the subject
        (
            "A group of UN experts expressed alarm over the blockade of the Lachin corridor by "
            "Azerbaijan.",
            [("aze", "lachin_corridor", "blockade"), ("un_experts", "aze", "disapprove")],
        ),
        # a quotation mark among the modifiers leaves the noun a noun ('the "ongoing blockade')
        (
            'UN experts expressed alarm over the "ongoing blockade of the Lachin corridor by '
            'Azerbaijan".',
            [("aze", "lachin_corridor", "blockade"), ("un_experts", "aze", "disapprove")],
        ),
    ],
)
def test_time_possessives_groups_of_and_quoted_modifiers(text, expected):
    assert sorted(set(triples(gk.extract(text, date="2023-05-01")))) == sorted(expected)


def test_a_pre_planned_attack_took_place():
    G = gk.extract("Azerbaijan carried out a pre-planned attack on Armenia.", date="2023-05-01")
    statuses = {d["status"] for _, _, d in G.edges(data=True) if d["type"] == "attack"}
    assert statuses == {"asserted"}


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        # the OSCE's chair, an office of another body than the person's own state
        ("OSCE chairman urges Armenia to resolve the issues", "2023-05-01", "osmani"),
        ("OSCE Chairperson-in-Office calls on Armenia to de-escalate", "2022-05-01", "rau"),
        ("UN SecGen calls on Armenia to resolve all issues", "2024-05-01", "guterres"),
        ("The United Nations human rights office urged Armenia to act.", "2023-05-01", "ohchr"),
    ],
)
def test_offices_of_organisations_by_their_short_forms(text, date, source):
    assert triples(gk.extract(text, date=date)) == [(source, "arm", "appeal")]


def test_an_office_of_another_body_is_read_from_the_persons_table():
    from graphlib_kb.extract.gazetteer import _offices, build_gazetteer, office_holder

    assert _offices("foreign minister@2020-2024|osce:chairperson-in-office@2023-2023") == [
        (("foreign", "minister"), (2020, 2024), None),
        (("chairperson-in-office",), (2023, 2023), "osce"),
    ]
    gz = build_gazetteer(None)
    assert office_holder(gz, "osce", ("chairperson-in-office",), 2023) == "osmani"
    assert office_holder(gz, "mkd", ("foreign", "minister"), 2023) == "osmani"
    # "secretary of state" keeps its "of": only a body before a colon names another holder
    assert _offices("secretary of state@2021-2024") == [
        (("secretary", "of", "state"), (2021, 2024), None)
    ]


def test_the_ministers_of_a_list_of_three_or_more_states_are_the_states():
    G = gk.extract(
        "The foreign ministers of Iran, Russia, Turkey, Azerbaijan and Armenia met in Tehran.",
        date="2023-10-23",
    )
    met = {frozenset((s, t)) for s, t, ty in triples(G) if ty == "meet"}
    states = ["irn", "rus", "tur", "aze", "arm"]
    assert met == {frozenset((a, b)) for i, a in enumerate(states) for b in states[i + 1 :]}


def test_the_ministers_of_two_states_are_still_their_holders():
    G = extract_holders(
        "The foreign ministers of Armenia and Azerbaijan met in Washington.", date="2023-05-01"
    )
    assert triples(G) == [("mirzoyan", "bayramov", "meet")]


def test_fms_in_a_headline_are_foreign_ministers():
    G = extract_holders("Russian and Armenian FMs discuss the situation", date="2020-10-01")
    assert sorted(triples(G)) == [
        ("lavrov", "mnatsakanyan", "consult"),
        ("mnatsakanyan", "lavrov", "consult"),
    ]


def test_a_call_past_a_parenthetical_adverb_reaches_the_one_called():
    G = gk.extract(
        "Blinken and von der Leyen called (separately) Azerbaijani President Ilham Aliyev.",
        date="2023-05-01",
    )
    assert sorted(triples(G)) == [
        ("blinken", "aliyev", "consult"),
        ("von_der_leyen", "aliyev", "consult"),
    ]


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        # "the efforts of X" toward peace or stability: X mediates between the pair opposed
        (
            "Armenia and Azerbaijan clashed on the border. Zas welcomed the efforts of Russia "
            "aimed at stabilizing the situation in the region.",
            {("rus", "arm"), ("rus", "aze")},
        ),
        # a subject's own efforts are no one's mediation (it may be a party)
        (
            "Armenia and Azerbaijan clashed on the border. Azerbaijan remains committed to "
            "efforts to promote peace in the region.",
            set(),
        ),
        (
            "Armenia and Azerbaijan clashed on the border. Blinken urged Aliyev to redouble "
            "his efforts in the peace talks.",
            set(),
        ),
    ],
)
def test_the_peace_efforts_of_a_third_party(text, mediators):
    G = gk.extract(text, date="2023-05-01")
    assert {(s, t) for s, t, ty in triples(G) if ty == "mediate"} == mediators


# ---- round 21, review: misfires a helper found with sentences of its own ----


@pytest.mark.parametrize(
    "text",
    [
        # separatists elsewhere hold no Karabakh; a state that broke away claims no land
        "Russian-backed separatists in Donbas broke away from Ukraine in 2014.",
        "The conflict over Nagorno-Karabakh pits Armenia against Azerbaijan, which broke away "
        "from the Soviet Union in 1991.",
    ],
)
def test_breaking_away_claims_only_the_held_land_the_sentence_names(text):
    assert not any(ty == "claim" for _, _, ty in triples(gk.extract(text, allow_empty=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his" with two persons before it is not the first one's
        (
            "Pashinyan criticised Putin over his phone call with Aliyev.",
            {("aliyev", "putin", "consult"), ("putin", "aliyev", "consult")},
        ),
        # a call not held
        ("The Kremlin said a call with Pashinyan was not planned.", set()),
        ("Aliyev's call with Putin was cancelled.", set()),
        # naming an actor's act is no call to the actor
        ("Pashinyan also called Azerbaijan's offensive genocide.", set()),
        ("Pashinyan called Aliyev's aide on Monday.", {("pashinyan", "aliyev", "consult")}),
    ],
)
def test_calls_owned_not_held_and_namings(text, expected):
    found = triples(gk.extract(text, date="2023-05-01", allow_empty=True))
    assert {t for t in found if t[2] == "consult"} == expected


def test_an_unqualified_secretary_general_is_the_uns_and_adverbs_after_a_title():
    text = (
        '"The Secretary-General urges Armenia and Azerbaijan to show restraint," his spokesman '
        "said. Separately, CSTO Secretary General Tasmagambetov met Pashinyan."
    )
    found = triples(gk.extract(text, date="2023-05-01"))
    assert not any(ty == "appeal" for _, _, ty in found)
    G = gk.extract(
        "Guterres met Aliyev. The Secretary General once again urged Azerbaijan to halt the "
        "offensive.",
        date="2023-09-20",
    )
    assert ("guterres", "aze", "appeal") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        # a recipient of its own
        "Azerbaijan blockaded Nagorno-Karabakh. Turkey has provided humanitarian aid to "
        "earthquake victims.",
        # the contested land named two sentences before, another story between
        "Armenia and Azerbaijan still dispute Nagorno-Karabakh. Turkey was hit by an earthquake. "
        "Azerbaijan sent humanitarian aid.",
    ],
)
def test_relief_goes_to_the_contested_lands_people_only_when_nothing_else_is_named(text):
    found = triples(gk.extract(text, date="2023-02-10", allow_empty=True))
    assert not any(t.endswith("_population") for _, t, _ in found)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "it" may be the act or the document just named, not the main subject
        (
            "Armenia condemned the offensive, saying that it targeted civilians in "
            "Nagorno-Karabakh.",
            "attack",
        ),
        (
            "Azerbaijan criticised the resolution, saying that it supports the separatists.",
            "support",
        ),
    ],
)
def test_it_after_saying_is_not_the_subject_after_an_act_or_a_document(text, unwanted):
    found = triples(gk.extract(text, date="2023-09-20", allow_empty=True))
    assert not any(ty == unwanted for _, _, ty in found)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan clashed on the border. Russia welcomed the efforts of Armenia "
        "aimed at stabilizing the situation.",
        "Armenia and Azerbaijan clashed on the border. The UN welcomed the efforts of Iran to "
        "stabilize its economy.",
    ],
)
def test_a_partys_efforts_and_home_affairs_are_no_mediation(text):
    assert not any(ty == "mediate" for _, _, ty in triples(gk.extract(text, date="2023-05-01")))


def test_compound_chiefs_lists_of_fms_and_years_with_two_holders():
    assert not any(
        "guterres" in (s, t)
        for s, t, _ in triples(
            gk.extract("The UN chief of staff met Azerbaijani officials.", allow_empty=True)
        )
    )
    G = gk.extract("FMs of Iran, Russia and Turkey meet in Moscow.", date="2023-05-01")
    assert {frozenset((s, t)) for s, t, ty in triples(G) if ty == "meet"} == {
        frozenset(p) for p in [("irn", "rus"), ("irn", "tur"), ("rus", "tur")]
    }
    # Amir-Abdollahian until May 2024, Araghchi from August: a 2024 text names neither
    G = gk.extract("Iranian FM visits Baku.", date="2024-03-01")
    assert triples(G) == [("irn", "aze", "consult")]


def test_offers_to_mediate_and_it_after_a_time_phrase():
    G = gk.extract(
        "Turkey and Armenia held talks. Azerbaijan attacked Armenia. Turkey is ready to mediate."
    )
    offers = {(s, t) for s, t, ty in triples(G) if ty == "offer_mediation"}
    assert offers == {("tur", "arm"), ("tur", "aze")}
    G = gk.extract(
        "The European Parliament on Thursday adopted a resolution. It urged Azerbaijan to "
        "reopen the Lachin corridor."
    )
    assert ("eu_parliament", "aze", "appeal") in triples(G)


def test_another_first_name_before_a_known_surname_is_another_person():
    G = gk.extract(
        "The Permanent Representative of Armenia to the OSCE Armen Papikyan spoke at the "
        "sitting. He said the use of force by Azerbaijan endangers the region.",
        date="2022-01-15",
    )
    (source,) = {s for s, _, _ in triples(G)}
    assert G.nodes[source]["name"] == "Armen Papikyan"
    G = gk.extract("Ali Hajizadeh criticized Azerbaijan.")
    assert G.nodes["hajizadeh"]["name"] == "Ali Hajizadeh"
    # the known person's own first name, or a title, keeps the known person
    G = gk.extract("Defence Minister Suren Papikyan met Shoigu.", date="2022-01-15")
    assert "papikyan" in G


def test_control_lost_is_no_control():
    G = gk.extract(
        "During the 1992-1994 war, Azerbaijan lost control over Nagorno-Karabakh.",
        allow_empty=True,
    )
    assert not any(ty == "control" and s == "aze" for s, _, ty in triples(G))
    G = gk.extract("In 2020 Azerbaijan regained control over Shusha.", allow_empty=True)
    assert [ty for s, _, ty in triples(G) if s == "aze"] == ["control"]


# ---- round 22: plural nouns of acts, lists of demonyms, captives, roads, agents, speakers ----


def test_a_plural_act_noun_reads_as_its_singular():
    # the lookup table lemmatises "killings" to "killing", not to the verb as for "killing"
    G = gk.extract("Mirzoyan condemned the recent killings by Azerbaijani forces.")
    assert triples(G) == [
        ("mirzoyan", "aze", "accuse_aggression"),
        ("mirzoyan", "aze", "criticize"),
    ]
    G = gk.extract("Armenia condemned the bombings by Azerbaijan.")
    assert ("arm", "aze", "criticize") in triples(G)


def test_a_list_of_demonyms_shares_its_head():
    G = gk.extract(
        "The prisoners were exchanged under the agreement signed by the Azerbaijani, "
        "Russian and Armenian leaders on November 10."
    )
    signed = {frozenset((s, t)) for s, t, ty in triples(G) if ty == "sign_agreement"}
    assert signed == {frozenset(p) for p in [("aze", "rus"), ("aze", "arm"), ("rus", "arm")]}
    # the serial comma, and a verb after the list
    G = gk.extract("The Azerbaijani, Russian, and Armenian leaders signed the statement.")
    signed = {frozenset((s, t)) for s, t, ty in triples(G) if ty == "sign_agreement"}
    assert signed == {frozenset(p) for p in [("aze", "rus"), ("aze", "arm"), ("rus", "arm")]}
    # two stay two
    G = gk.extract("The deal was signed by the Armenian and Azerbaijani leaders.")
    assert triples(G) == [("arm", "aze", "sign_agreement")]


def test_captives_taken_and_entry_banned():
    G = gk.extract("Azerbaijani troops took six Armenian soldiers prisoner.")
    assert triples(G) == [("aze", "arm", "coerce")]
    G = gk.extract("Azerbaijan has again banned the ICRC entry to Nagorno-Karabakh.")
    assert triples(G) == [("aze", "icrc", "blockade")]
    G = gk.extract("Azerbaijan took part in the talks.", allow_empty=True)
    assert not [ty for _, _, ty in triples(G) if ty == "coerce"]


def test_security_forces_and_ministers_of_a_state():
    G = extract_holders("Azerbaijani security forces detained David Babayan.")
    assert ("aze", "david_babayan", "coerce") in triples(G)
    G = extract_holders("Armenian special forces detained two Azerbaijani soldiers.")
    assert triples(G) == [("arm", "aze", "coerce")]
    # an office of a state by its short name: its holder in the text's year
    G = extract_holders(
        "The French defence minister signed a deal with Armenia.", date="2023-10-01"
    )
    assert triples(G) == [("lecornu", "arm", "sign_agreement")]
    G = extract_holders(
        "The Azerbaijani defense minister accused Armenia of shelling.", date="2023-10-01"
    )
    assert ("hasanov", "arm", "accuse_aggression") in triples(G)


def test_the_road_is_the_route_named_before():
    G = gk.extract(
        "The Lachin corridor links Armenia and Karabakh. Azerbaijan blocked the road in December."
    )
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    # a figure of speech, or a route the sentence goes on to describe, is not it
    G = gk.extract(
        "The Lachin corridor links Armenia and Karabakh. Armenia and Azerbaijan are on the "
        "road to peace.",
        allow_empty=True,
    )
    assert [t for t in triples(G) if t[0] == "lachin_corridor"] == [
        ("lachin_corridor", "arm", "connects"),
        ("lachin_corridor", "nagorno_karabakh", "connects"),
    ]
    assert len(triples(G)) == 2


def test_two_participles_share_their_agent():
    G = gk.extract('Vardanyan was arrested and "captured" by the Azerbaijani authorities.')
    assert triples(G) == [("aze", "vardanyan", "coerce")]
    G = gk.extract("Vardanyan was arrested and detained by Azerbaijani border guards.")
    assert triples(G) == [("aze_border_guards", "vardanyan", "coerce")]


def test_the_subject_after_said_that_is_not_the_speaker():
    # the one who said it is no actor: no one is charged, the act is reported (alleged)
    G = gk.extract("A witness said that Armenian soldiers were shelled by Azerbaijani forces.")
    assert triples(G) == [("aze", "arm", "attack")]
    (data,) = [d for _, _, d in G.edges(data=True)]
    assert data["status"] == "alleged"
    # a speaker who is an actor still charges the doer
    G = gk.extract("Armenia said that Armenian soldiers were shelled by Azerbaijani forces.")
    assert ("arm", "aze", "accuse_aggression") in triples(G)


def test_round_22_persons():
    G = gk.extract("Volker Türk urged Azerbaijan to protect civilians.")
    assert triples(G) == [("turk_volker", "aze", "appeal")]
    assert G.nodes["turk_volker"]["parent"] == "ohchr"
    G = gk.extract("Archbishop Bagrat Galstanyan demanded the resignation of Pashinyan.")
    assert triples(G) == [("galstanyan", "pashinyan", "demand")]


def test_hostilities_that_end_are_a_ceasefire():
    G = gk.extract(
        "Armenia and Azerbaijan fought over Nagorno-Karabakh. Hostilities ended overnight on "
        "Thursday."
    )
    assert ("arm", "aze", "ceasefire") in triples(G)
    assert [t for t in triples(G) if t[2] == "war"] == [("arm", "aze", "war")]  # the first only
    (data,) = [d for _, _, d in G.edges(data=True) if d["type"] == "ceasefire"]
    assert data["sentence"] == 2


def test_a_reported_background_act_charges_no_one():
    # what the speaker states happens after / following an act: the act is the time of it
    G = gk.extract(
        "Moscow said the refugees fleeing after Azerbaijani forces retook control of "
        "Nagorno-Karabakh had nothing to fear."
    )
    assert not [t for t in triples(G) if t[2].startswith("accuse")]
    statuses = {d["status"] for _, _, d in G.edges(data=True)}
    assert statuses == {"asserted"}
    # the act the speaker states, with a time after it or a time clause before a comma: charged
    G = gk.extract(
        "Armenia said that Azerbaijani forces shelled Armenian villages after the truce."
    )
    assert ("arm", "aze", "accuse_aggression") in triples(G)
    G = gk.extract(
        "Armenia said that after the truce took effect, Azerbaijani forces shelled Armenian "
        "villages."
    )
    assert ("arm", "aze", "accuse_aggression") in triples(G)


def test_talks_opened_coordinated_or_joined_by_a_third_party_are_its_mediation():
    G = gk.extract(
        "Blinken opened another round of talks between the foreign ministers of Armenia and "
        "Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov.",
        date="2023-05-01",
    )
    mediated = {(s, t) for s, t, ty in triples(G) if ty == "mediate"}
    assert mediated == {("blinken", "mirzoyan"), ("blinken", "bayramov")}
    G = gk.extract(
        "The negotiating process between Armenia and Azerbaijan has been coordinated by the "
        "United States and the European Union."
    )
    mediated = {(s, t) for s, t, ty in triples(G) if ty == "mediate"}
    assert mediated == {("usa", "arm"), ("usa", "aze"), ("eu", "arm"), ("eu", "aze")}
    G = gk.extract(
        "The Armenia-Azerbaijan negotiations with the participation of Charles Michel "
        "brought the EU closer to the region.",
        date="2023-05-01",
    )
    mediated = {(s, t) for s, t, ty in triples(G) if ty == "mediate"}
    assert mediated == {("michel", "arm"), ("michel", "aze")}
    # coordination without talks is cooperation, not mediation
    G = gk.extract("Russia and Turkey coordinated their positions.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_claims_by_a_side_are_what_it_said_not_land_it_claims():
    G = gk.extract(
        "The Azerbaijani defence ministry refuted claims by the Armenian side that Azerbaijani "
        "units had shelled a convoy of civilians."
    )
    assert triples(G) == [("aze", "arm", "attack"), ("aze", "arm", "deny")]
    # the participle is a claim to land
    G = gk.extract("Nagorno-Karabakh is claimed by Armenia.")
    assert triples(G) == [("arm", "nagorno_karabakh", "claim")]


def test_a_rejected_request_was_made_to_the_one_who_rejected_it():
    G = gk.extract("The CSTO rejected Armenia's appeal for help.")
    assert triples(G) == [("arm", "csto", "appeal"), ("csto", "arm", "reject")]
    (appeal,) = [d for u, _, d in G.edges(data=True) if d["type"] == "appeal"]
    assert appeal["rule"] == "rejected_request" and appeal["status"] == "asserted"
    text = "The CSTO rejected Armenia's appeal for help."
    parts = dict(p.split(" ") for p in appeal["spans"].split(";"))
    a, b = map(int, parts["trigger"].split("-"))
    assert text[a:b] == "appeal"
    a, b = map(int, parts["source"].split("-"))
    assert text[a:b] == "Armenia"
    # a rejected proposal is no appeal
    G = gk.extract("Armenia rejected Azerbaijan's proposal.")
    assert triples(G) == [("arm", "aze", "reject")]


def test_environmental_activists_are_their_own_group():
    G = gk.extract("Azerbaijani eco-activists blocked the Lachin corridor.")
    assert triples(G) == [("aze_eco_activists", "lachin_corridor", "blockade")]
    assert G.nodes["aze_eco_activists"]["name"] == "Azerbaijani eco-activists"
    assert G.nodes["aze_eco_activists"]["parent"] == "aze"
    # named later without their state: the group the text named with it
    G = gk.extract(
        "Azerbaijani environmental activists set up tents on the road. The Lachin corridor "
        "has been blocked by the eco-activists since Monday."
    )
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(G)
    # other protesters stay protesters
    G = gk.extract("Armenian protesters criticized Pashinyan.")
    assert triples(G) == [("arm_protesters", "pashinyan", "criticize")]


def test_claiming_to_be_is_posing_not_saying():
    G = gk.extract(
        "Azerbaijani protesters claiming to be environmental activists blocked the Lachin corridor."
    )
    assert [t for t in triples(G) if t[2].startswith("accuse")] == []
    assert [t[2] for t in triples(G)] == ["blockade"]


def test_a_war_that_ended_in_a_truce_gives_the_truce_its_sides():
    G = gk.extract(
        "Armenia and Azerbaijan fought over Karabakh. After the Soviet collapse the region "
        "voted to join Armenia, sparking a war that ended in a 1994 ceasefire."
    )
    truces = [(u, v, d["rule"]) for u, v, d in G.edges(data=True) if d["type"] == "ceasefire"]
    assert truces == [("arm", "aze", "war_ended_in_truce")]
    G = gk.extract(
        "Armenia and Azerbaijan fought over Karabakh. The conflict ended in November 2020 "
        "with a Moscow-brokered ceasefire."
    )
    assert ("arm", "aze", "ceasefire") in triples(G)
    # a war that did not end in it: no truce of its sides
    G = gk.extract(
        "Armenia and Azerbaijan fought over Karabakh. The war broke out despite a ceasefire.",
        allow_empty=True,
    )
    assert [t for t in triples(G) if t[2] == "ceasefire"] == []


# ---- round 22, review: misfires a helper found with sentences of its own ----


def test_review_a_victims_report_of_a_background_act_still_charges():
    G = gk.extract("Armenia said two soldiers were killed after Azerbaijani forces shelled Jermuk.")
    assert ("arm", "aze", "accuse_aggression") in triples(G)
    (attack,) = [d for _, _, d in G.edges(data=True) if d["type"] == "attack"]
    assert attack["status"] == "alleged"
    G = gk.extract("Ukraine said five civilians died after Russia struck an apartment block.")
    # (round 35: the block is no actor, so the attack reported is on the speaker's state)
    assert triples(G) == [("rus", "ukr", "attack"), ("ukr", "rus", "accuse_aggression")]
    # a third party's report of the time, or a taking of control, charges no one
    G = gk.extract(
        "Civilians in Nagorno-Karabakh have dire needs following Azerbaijan's military "
        "operation, Human Rights Watch said."
    )
    assert not [t for t in triples(G) if t[2].startswith("accuse")]


def test_review_taking_part_or_steps_is_no_capture():
    for text in [
        "Armenia and Azerbaijan took part in a prisoner swap.",
        "Azerbaijan took steps to release Armenian prisoners.",
        "Armenia took the prisoner issue to the United Nations.",
    ]:
        G = gk.extract(text, allow_empty=True)
        assert not [t for t in triples(G) if t[2] == "coerce"], text


def test_review_a_helping_participle_shares_no_agent():
    G = gk.extract(
        "Two Armenian soldiers were wounded and evacuated by Russian peacekeepers.",
        allow_empty=True,
    )
    assert triples(G) == []
    G = gk.extract(
        "The Armenian prisoners were released and repatriated by the ICRC.", allow_empty=True
    )
    assert triples(G) == []


def test_review_participants_and_parties_are_no_mediators():
    G = gk.extract(
        "The CSTO summit was held in Yerevan with the participation of Armenia, Russia and "
        "Belarus.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "mediate"]
    G = gk.extract(
        "Lavrov held talks with Mirzoyan with the participation of Galuzin.", date="2023-05-01"
    )
    assert not [t for t in triples(G) if t[2] == "mediate"]
    G = gk.extract("Aliyev and Pashinyan opened a round of talks between the two delegations.")
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_review_the_road_of_another_place_or_long_after_is_not_the_route():
    G = gk.extract(
        "The Lachin corridor links Armenia and Karabakh. In Gaza, Israel closed the road along "
        "the coast.",
        allow_empty=True,
    )
    assert "lachin_corridor" not in {v for _, v, ty in triples(G) if ty == "blockade"}
    G = gk.extract(
        "The Lachin corridor links Armenia and Karabakh. In Ukraine, Russian troops shelled the "
        "road out of Kherson.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "attack"]


def test_review_an_ended_war_keeps_the_war_and_a_transitive_end_is_no_truce():
    G = gk.extract("The war ended in 1994 with a ceasefire between Armenia and Azerbaijan.")
    assert triples(G) == [("arm", "aze", "ceasefire"), ("arm", "aze", "war")]
    G = gk.extract("The war ended the career of Armenia's army chief.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "ceasefire"]


def test_review_a_former_office_holder_is_not_the_one_in_office():
    G = gk.extract(
        "The former Azerbaijani defence minister met Russian officials.", date="2023-05-01"
    )
    assert triples(G) == [("aze", "rus", "meet")]


def test_review_dealings_and_a_language_list():
    G = gk.extract(
        "The dealings between Armenia and Russia on gas prices continued.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "sign_agreement"]
    G = gk.extract("Speaking in Russian, Armenian and Azerbaijani leaders exchanged accusations.")
    assert {(s, t) for s, t, ty in triples(G) if ty == "accuse"} == {
        ("arm", "aze"),
        ("aze", "arm"),
    }


def test_ceasefire_violations_along_a_border_are_each_sides():
    G = gk.extract(
        "Reports of ceasefire violations along the Armenia-Azerbaijan border continued on Monday."
    )
    assert triples(G) == [("arm", "aze", "violate_ceasefire"), ("aze", "arm", "violate_ceasefire")]
    # with a doer named, the doer's
    G = gk.extract("Azerbaijan reported ceasefire violations by Armenian forces.")
    assert ("arm", "aze", "violate_ceasefire") in triples(G)
    assert ("aze", "arm", "violate_ceasefire") not in triples(G)


def test_the_road_after_a_preposition_is_where_something_stands():
    # the charge of a breach goes to the one who installed the checkpoint, not to the road
    G = gk.extract(
        "The Lachin corridor links Armenia and Karabakh. Spokeswoman Ani Badalyan said the "
        "checkpoint installed by Azerbaijan on the road last month violated the trilateral "
        "statement.",
        date="2023-05-01",
    )
    assert ("badalyan_ani", "aze", "accuse") in triples(G)
    assert not [t for t in triples(G) if t[1] == "lachin_corridor" and t[2] == "accuse"]


def test_a_ceasefire_agreed_or_committed_to_is_the_truce_not_cooperation():
    G = gk.extract("Armenia, Azerbaijan agree ceasefire after border clashes")
    assert ("arm", "aze", "ceasefire") in triples(G)
    assert not [t for t in triples(G) if t[2] == "cooperate"]
    G = gk.extract("Armenia and Azerbaijan committed to a humanitarian ceasefire on Monday.")
    assert {t[2] for t in triples(G)} == {"ceasefire"}


def test_elections_held_in_a_territory_not_recognised_are_its_authorities():
    G = gk.extract(
        "Azerbaijan refuses to recognise the so-called parliamentary and presidential "
        "elections held in Nagorno-Karabakh on 31 March."
    )
    assert triples(G) == [("aze", "separatists", "nonrecognition")]
    G = gk.extract("Azerbaijan refuses to recognise the results.", allow_empty=True)
    assert triples(G) == []


def test_a_pact_signed_or_offered():
    G = gk.extract("Armenia and Azerbaijan signed a non-aggression pact.")
    assert triples(G) == [("arm", "aze", "sign_agreement")]
    G = gk.extract("Pashinyan offered to sign a non-aggression pact with Azerbaijan.")
    (data,) = [d for _, _, d in G.edges(data=True)]
    assert data["status"] == "offered"


def test_arms_topics_and_troops_are_no_humanitarian_acts():
    for text in [
        "Mirzoyan provided a briefing about the humanitarian crisis in Karabakh.",
        "Georgia decided to ban the issuance of permits for the transportation of military "
        "cargo to Armenia.",
        "Russian peacekeepers arrived to evacuate Armenian troops remaining there.",
    ]:
        G = gk.extract(text, allow_empty=True)
        assert not [t for t in triples(G) if "humanitarian" in t[2]], text
    G = gk.extract("The ICRC evacuated wounded civilians from Stepanakert.")
    assert [t[2] for t in triples(G)] == ["humanitarian_aid"]
    G = gk.extract("The EU provided humanitarian aid to Armenia.")
    assert triples(G) == [("eu", "arm", "humanitarian_aid")]


def test_round_22_places():
    G = gk.extract("Azerbaijani forces shelled Martuni on Monday.")
    assert triples(G) == [("aze", "separatists", "attack")]
    G = gk.extract("Azerbaijani forces shelled Kut and Nerkin Hand on Tuesday.")
    assert triples(G) == [("aze", "arm", "attack")]


def test_calls_made_separately_funds_and_negotiators():
    G = gk.extract(
        "Blinken spoke separately today with Azerbaijani President Ilham Aliyev and Armenian "
        "Prime Minister Nikol Pashinyan.",
        date="2023-06-01",
    )
    assert {(s, t) for s, t, ty in triples(G) if ty == "consult"} == {
        ("blinken", "aliyev"),
        ("blinken", "pashinyan"),
    }
    G = gk.extract("The European Union will provide 270 million euros in grants to Armenia.")
    assert triples(G) == [("eu", "arm", "aid")]
    G = gk.extract("Moscow has offered to host Armenian and Azerbaijani negotiators again.")
    assert triples(G) == [("rus", "arm", "offer_mediation"), ("rus", "aze", "offer_mediation")]
    G = gk.extract(
        "The Kremlin said it was ready to help Baku and Yerevan finalise a peace treaty."
    )
    assert {t[2] for t in triples(G)} == {"offer_mediation"}


def test_borders_kept_closed_imports_banned_diplomats_declared_unwelcome():
    G = gk.extract("Turkey has kept its land border with Armenia closed since 1993.")
    assert triples(G) == [("tur", "arm", "blockade")]
    G = gk.extract("France is keeping a close eye on the situation in Armenia.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "blockade"]
    G = gk.extract("Armenia bans Turkish imports")
    assert triples(G) == [("arm", "tur", "sanction")]
    G = gk.extract("Azerbaijan declared two French diplomats persona non grata on Tuesday.")
    assert triples(G) == [("aze", "fra", "reduce_relations")]
    # the former Karabakh leaders, named without titles
    G = gk.extract(
        "Former Nagorno-Karabakh leaders Arayik Harutyunyan, Bako Sahakyan and Arkadi "
        "Ghukasyan were detained by Azerbaijan's State Security Service."
    )
    assert {t for s, t, ty in triples(G) if ty == "coerce"} == {
        "harutyunyan",
        "sahakyan_bako",
        "ghukasyan_arkadi",
    }


def test_returning_to_talks_is_no_handover_and_observers_are_no_show_of_force():
    G = gk.extract(
        "Russia called on the conflicting sides to end bloodshed and return to a diplomatic "
        "solution.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "concede"]
    G = gk.extract("Armenia will return to Azerbaijan the villages it held.")
    assert ("arm", "aze", "concede") in triples(G)
    G = gk.extract(
        "A civilian monitoring mission was deployed by the EU on the Armenian side of the border.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "show_force"]
    G = gk.extract("Azerbaijan deployed troops to the border with Armenia.")
    assert triples(G) == [("aze", "arm", "show_force")]


# ---- round 23: the background of wire reports, concessions, groups of a territory ----


def test_a_concession_with_no_target_goes_to_an_opponent_not_a_partner():
    G = gk.extract(
        "Azerbaijan began an offensive against the separatists in Nagorno-Karabakh. "
        "Two days later the separatists gave up."
    )
    assert ("separatists", "aze", "concede") in triples(G)
    G = gk.extract(
        "Armenia and Iran agreed to expand their trade. Hours later the rebels gave up.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "concede"]


def test_admitting_defeat_is_a_concession():
    G = gk.extract(
        "Azerbaijani troops attacked the separatists in Nagorno-Karabakh on Monday. "
        "By Wednesday the separatists admitted defeat."
    )
    assert ("separatists", "aze", "concede") in triples(G)


def test_a_glottal_stop_spelled_with_an_apostrophe_is_the_same_person():
    for name in ("Kan'ani", "Kan’ani", "Kanaani"):
        G = gk.extract(f"Iranian spokesman Nasser {name} criticised Azerbaijan on Monday.")
        assert triples(G) == [("kanaani", "aze", "criticize")], name


def test_a_passive_agent_after_a_time():
    for when in ("for three decades", "since the 1990s", "for more than 30 years"):
        G = gk.extract(
            f"The town of Stepanakert had been held {when} by the Armenia-backed separatists."
        )
        assert ("separatists", "nagorno_karabakh", "control") in triples(G), when
        assert not [t for t in triples(G) if t[0] == "arm" and t[2] == "control"], when
    G = gk.extract("Nagorno-Karabakh had been controlled since the 1990s by ethnic Armenians.")
    assert ("separatists", "nagorno_karabakh", "control") in triples(G)


def test_a_demonym_before_ethnic_forces_shares_their_head():
    G = gk.extract("The truce stopped weeks of fighting between Azeri and ethnic Armenian forces.")
    assert ("aze", "separatists", "war") in triples(G)


def test_forces_named_by_the_territory_and_its_people_are_its_armed_group():
    G = gk.extract("Azerbaijani forces shelled Karabakh Armenian positions near Martakert.")
    assert ("aze", "separatists", "attack") in triples(G)
    G = gk.extract("Azerbaijani drones attacked pro-Armenian fighters in the mountains.")
    assert ("aze", "separatists", "attack") in triples(G)


def test_declaring_independence_is_a_claim_by_the_group_that_holds_the_land():
    G = gk.extract("Nagorno-Karabakh declared its independence after a referendum in 1991.")
    assert triples(G) == [("separatists", "nagorno_karabakh", "claim")]
    G = gk.extract("Karabakh proclaimed itself a republic.")
    assert triples(G) == [("separatists", "nagorno_karabakh", "claim")]
    G = gk.extract("In 1991 Karabakh declared itself independent, and no state recognised it.")
    assert ("separatists", "nagorno_karabakh", "claim") in triples(G)
    # two states leaving the Soviet Union claim no land of their own
    G = gk.extract(
        "Armenia and Azerbaijan declared independence from the Soviet Union in 1991.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "claim"]


def test_a_land_populated_and_governed_by_a_people_is_held_by_its_group():
    G = gk.extract(
        "Azerbaijan shelled Nagorno-Karabakh, a region largely populated and governed by "
        "ethnic Armenians."
    )
    assert ("separatists", "nagorno_karabakh", "control") in triples(G)
    assert ("nagorno_karabakh_population", "nagorno_karabakh", "inhabit") in triples(G)
    G = gk.extract("Azerbaijan shelled Karabakh, a region mostly populated and run by Armenians.")
    assert ("separatists", "nagorno_karabakh", "control") in triples(G)
    assert ("nagorno_karabakh_population", "nagorno_karabakh", "inhabit") in triples(G)
    G = gk.extract("Nagorno-Karabakh is populated by ethnic Armenians.")
    assert not [t for t in triples(G) if t[2] == "control"]


def test_an_office_named_with_capitals_and_no_name_is_its_holder():
    G = extract_holders("The US Secretary of State criticised Azerbaijan.", date="2023-05-01")
    assert triples(G) == [("blinken", "aze", "criticize")]
    G = extract_holders("The American Secretary of State criticised Azerbaijan.", date="2019-03-01")
    assert triples(G) == [("pompeo", "aze", "criticize")]
    # with no date, the holder the text itself names, else the state
    G = extract_holders(
        "The US Secretary of State urged Aliyev to reopen the road. Secretary of State Antony "
        "Blinken phoned Aliyev twice."
    )
    assert ("blinken", "aliyev", "appeal") in triples(G)
    G = extract_holders("The US Secretary of State urged Aliyev to reopen the road.")
    assert triples(G) == [("usa", "aliyev", "appeal")]


def test_a_land_placed_or_seen_in_a_state():
    # one seen by a third as an integral part stays the state's sovereignty
    G = gk.extract("Tehran considers Karabakh as an integral part of Azerbaijan.")
    assert ("aze", "nagorno_karabakh", "sovereignty") in triples(G)
    # a description that places it in the state is its part (round 41), even one held by others
    G = gk.extract(
        "Shots were fired 90 km from Nagorno-Karabakh – internationally recognized as part of "
        "Azerbaijan.",
        allow_empty=True,
    )
    assert ("nagorno_karabakh", "aze", "part_of") in triples(G)
    G = gk.extract("Nagorno-Karabakh, a region of Azerbaijan, was held by separatists.")
    assert ("nagorno_karabakh", "aze", "part_of") in triples(G)
    # a land that is not in dispute, or one seen as something else, is not read so
    G = gk.extract("France considers Karabakh as a priority for Armenia.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("sovereignty", "part_of")]


def test_coordinated_participles_of_capture_share_their_be_and_agent():
    G = gk.extract("Four Armenian soldiers were detained and taken hostage by Azerbaijani troops.")
    assert triples(G) == [("aze", "arm", "coerce")]
    G = gk.extract("Four Armenian soldiers were surrounded and captured by Azerbaijani troops.")
    assert triples(G) == [("aze", "arm", "coerce")]
    # helpers after "and" are still no agents of the harm
    G = gk.extract(
        "Four Armenian soldiers were wounded and evacuated by Russian peacekeepers.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "rus"]


def test_releasing_captives_says_who_held_them():
    G = gk.extract("Armenia freed five Azerbaijani soldiers detained in May.")
    assert triples(G) == [("arm", "aze", "coerce"), ("arm", "aze", "concede")]
    G = gk.extract("Armenia freed five Azerbaijani soldiers.")
    assert triples(G) == [("arm", "aze", "concede")]
    # the captor the sentence names is the one who took them
    G = gk.extract("Armenia freed five Azerbaijani soldiers captured by Russian forces.")
    assert ("arm", "aze", "coerce") not in triples(G)


def test_a_refusal_named_as_a_noun_negates_the_act():
    for word in ("reluctance", "refusal", "unwillingness"):
        G = gk.extract(
            f"Paris criticised Azerbaijan's {word} to free the Armenian prisoners.",
            allow_empty=True,
        )
        assert not [t for t in triples(G) if t[2] == "concede"], word
    G = gk.extract("Azerbaijan is reluctant to release the Armenian prisoners.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "concede"]


def test_an_obligation_laid_on_both_sides_is_demanded_of_each():
    text = "Armenia and Azerbaijan clashed on the border. "
    G = gk.extract(text + "All parties must halt the shelling at once, France said.")
    assert {t for t in triples(G) if t[0] == "fra"} == {
        ("fra", "arm", "demand"),
        ("fra", "aze", "demand"),
    }
    G = gk.extract(text + "The sides should show restraint, the UN said.")
    assert {t for t in triples(G) if t[0] == "un"} == {
        ("un", "arm", "appeal"),
        ("un", "aze", "appeal"),
    }
    # a party's own words about the two of them, or about its own state, ask nothing of anyone
    G = gk.extract(
        text + "Pashinyan said the two countries must sign the treaty.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[0] == "pashinyan"]
    G = gk.extract("Aliyev said Azerbaijan must get what should belong to it.", allow_empty=True)
    assert not [t for t in triples(G) if t[0] == "aliyev" and t[1] == "aze"]


# ---- round 23, review: misfires a helper found with sentences of its own ----


def test_review_a_refusal_negates_only_the_act_of_its_to():
    G = gk.extract("Despite its earlier reluctance, Azerbaijan freed the Armenian prisoners.")
    assert triples(G) == [("aze", "arm", "concede")]
    G = gk.extract("Russia's refusal to help angered Armenia.")
    assert ("arm", "rus", "disapprove") in triples(G)
    G = gk.extract("Azerbaijan shows no reluctance to cooperate with Armenia.")
    assert triples(G) == [("aze", "arm", "cooperate")]


def test_review_helpers_and_other_clauses_hold_no_captives():
    G = gk.extract("Russia secured the release of Armenian soldiers detained in Azerbaijan.")
    # (the helper holds no one; the state they were held in did: round 31)
    assert [t for t in triples(G) if t[2] == "coerce"] == [("aze", "arm", "coerce")]
    G = gk.extract(
        "Azerbaijan freed the Armenian soldiers in exchange for two Azerbaijani soldiers "
        "detained in Armenia."
    )
    assert ("aze", "arm", "coerce") not in triples(G)
    G = gk.extract(
        "Azerbaijan freed the two Armenian soldiers that Russian peacekeepers had detained."
    )
    assert ("aze", "arm", "coerce") not in triples(G)


def test_review_a_view_of_a_land_denied_or_held_by_a_side_is_no_sovereignty():
    for text in (
        "Armenia does not consider Karabakh as part of Azerbaijan.",
        "The separatists regard Karabakh as part of Armenia.",
        "Few Armenians regard Karabakh as part of Azerbaijan.",
    ):
        G = gk.extract(text, allow_empty=True)
        assert not [t for t in triples(G) if t[2] == "sovereignty"], text


def test_review_a_concession_after_talks_or_an_offensive_goes_to_the_other_side():
    G = gk.extract("Armenia and Azerbaijan held peace talks in Brussels. Later Armenia gave up.")
    assert ("arm", "aze", "concede") in triples(G)
    G = gk.extract("The separatists surrendered after Azerbaijan's 24-hour offensive.")
    # (round 37: the untargeted 24-hour offensive is Azerbaijan's attack on the separatists)
    assert triples(G) == [("aze", "separatists", "attack"), ("separatists", "aze", "concede")]
    # no concession in another sense of the words, or by the one who forced it
    G = gk.extract(
        "Armenian officials gave up hope of a peace deal with Azerbaijan.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "concede"]
    G = gk.extract(
        "The Azerbaijani army forced the surrender of the local army in Nagorno-Karabakh.",
        allow_empty=True,
    )
    assert ("aze", "arm", "concede") not in triples(G)


def test_review_declared_intentions_and_former_holders():
    G = gk.extract("Azerbaijan declared its intention to retake Karabakh.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("occupy", "claim")]
    G = gk.extract("The Nagorno-Karabakh Republic proclaimed its independence.")
    assert triples(G) == [("separatists", "nagorno_karabakh", "claim")]
    G = gk.extract(
        "The US Secretary of State called Pashinyan. Former secretary Mike Pompeo said the "
        "talks had failed."
    )
    assert ("usa", "pashinyan", "consult") in triples(G)


def test_a_states_artillery_and_drones_are_its_forces():
    G = gk.extract("Azerbaijani artillery shelled Karabakh Armenian positions.")
    assert triples(G) == [("aze", "separatists", "attack")]
    G = gk.extract("Azerbaijan shot down an Armenian drone over Tovuz.")
    assert ("aze", "arm", "attack") in triples(G)


def test_an_ombudswoman_is_a_title():
    G = gk.extract(
        "According to the Armenian Ombudswoman Lilit Hakobyan, Azerbaijani forces shelled homes.",
        date="2022-09-14",
    )
    assert [(s, t, ty) for s, t, ty in triples(G) if ty == "accuse_aggression"] == [
        ("hakobyan", "aze", "accuse_aggression")
    ]
    assert (
        gk.extract(
            "According to the Armenian Ombudswoman Lilit Hakobyan, Azerbaijani forces shelled homes.",
            date="2022-09-14",
        ).nodes["hakobyan"]["parent"]
        == "arm"
    )


def test_expanding_ties_is_cooperation_and_readiness_to_expand_them_an_intent():
    G = gk.extract("Iran is ready to further expand economic and trade relations with Armenia.")
    assert [(s, t, ty) for s, t, ty in triples(G)] == [("irn", "arm", "intend_cooperation")]
    G = gk.extract("Russia strengthened its ties with Azerbaijan while Armenia looked to the West.")
    assert ("rus", "aze", "cooperate") in triples(G)
    G = gk.extract("Azerbaijan will never develop relations with Armenia.", allow_empty=True)
    assert not triples(G)


def test_a_third_partys_mediating_role_engagement_and_search_for_a_solution():
    text = "Armenia and Azerbaijan clashed on the border. "
    for sentence, mediator in (
        ("Putin praised Russia's efforts as a mediator of the truce.", "rus"),
        ("The Minsk Group was set up to find a peaceful solution to the conflict.", "minsk_group"),
        ("The Co-Chairs remain actively engaged with the sides.", "minsk_group"),
        ("The swap was achieved through the participation of Georgia.", "geo"),
    ):
        G = gk.extract(text + sentence, date="2022-09-14")
        assert {(s, t) for s, t, ty in triples(G) if ty == "mediate"} == {
            (mediator, "arm"),
            (mediator, "aze"),
        }, sentence
    # a party's own search for a solution, or one named in an aside, mediates nothing
    G = gk.extract(text + "Armenia seeks a peaceful solution to the conflict.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "mediate"]
    G = gk.extract(
        text + "The Minsk Group – co-chaired by France, Russia and the US – was formed to find "
        "a peaceful solution to the conflict.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "mediate" and t[0] == "rus"]


def test_an_appeal_to_lift_a_blockade_or_free_captives_says_who_holds_them():
    G = gk.extract("Paris called on Azerbaijan to lift the blockade of the Lachin corridor.")
    relations = {(u, v, d["type"], d["status"]) for u, v, d in G.edges(data=True)}
    assert ("aze", "lachin_corridor", "blockade", "alleged") in relations
    G = gk.extract("Blinken urged President Aliyev to immediately reopen the Lachin corridor.")
    assert ("aze", "lachin_corridor", "blockade") in triples(G)  # (his state's act)
    G = gk.extract("The EU urged Azerbaijan to free the remaining Armenian detainees.")
    assert ("aze", "arm", "coerce") in triples(G)
    # the sides asked, or one's own captives: no captor read
    G = gk.extract("Russia urged the sides to reopen the road.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "blockade"]
    G = gk.extract("Armenia urged Azerbaijan to free the Azerbaijani soldiers.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "coerce"]


def test_a_seizure_or_takeover_named_as_a_noun_is_its_owners_occupation():
    G = gk.extract("The EU condemned Azerbaijan's violent seizure of Nagorno-Karabakh.")
    assert ("aze", "nagorno_karabakh", "occupy") in triples(G)
    G = gk.extract("Azerbaijan's takeover of Nagorno-Karabakh ended the conflict.")
    assert triples(G) == [("aze", "nagorno_karabakh", "occupy")]
    # the capture of people stays their detention
    G = gk.extract("The capture of six Armenian soldiers by Azerbaijan angered Yerevan.")
    assert ("aze", "arm", "coerce") in triples(G)
    assert not [t for t in triples(G) if t[2] == "occupy"]


# ---- round 23, second review ----


def test_review2_appeals_to_several_or_about_others_captives_name_no_holder():
    for text in (
        "Russia urged Armenia and Azerbaijan to reopen the Lachin corridor.",
        "Russia asked Azerbaijan to reopen the Lachin corridor, which climate activists had "
        "blocked.",
    ):
        G = gk.extract(text, allow_empty=True)
        assert not [t for t in triples(G) if t[2] == "blockade"], text
    G = gk.extract("The ICRC asked Azerbaijan to return the bodies of Armenian soldiers.")
    assert not [t for t in triples(G) if t[2] == "coerce"]
    # the one asked to free them is not their holder; the state they are held in is (round 31)
    G = gk.extract("Armenia called on Russia to free the Armenian soldiers held in Azerbaijan.")
    assert [t for t in triples(G) if t[2] == "coerce"] == [("aze", "arm", "coerce")]


def test_review2_obligations_in_a_question_and_mediators_in_an_aside():
    text = "Armenia and Azerbaijan clashed on the border. "
    G = gk.extract(
        text + "The EU did not say whether both sides should resume talks.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[0] == "eu"]
    G = gk.extract(
        text + "The Minsk Group, whose co-chairs are France, Russia and the US, was formed to "
        "find a peaceful solution to the conflict.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "mediate" and t[0] in ("fra", "rus", "usa")]
    G = gk.extract(
        text + "Armenia remains engaged with the sides of the Minsk format.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "mediate"]
    G = gk.extract("Karabakh Armenian artillery shelled Azerbaijani positions near Aghdam.")
    assert triples(G) == [("separatists", "aze", "attack")]


def test_it_is_vital_that_both_sides_is_an_appeal_to_each():
    text = "Armenia and Azerbaijan clashed on the border. "
    G = gk.extract(
        text + "It is vital that all sides now show restraint, the NATO chief said.",
        date="2023-05-01",
    )
    assert {(s, t) for s, t, ty in triples(G) if ty == "appeal"} == {
        ("stoltenberg", "arm"),
        ("stoltenberg", "aze"),
    }
    G = gk.extract(
        text + "It is essential that a UN mission can reach the region, Stano said.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "appeal"]


def test_a_welcomed_deal_is_no_mediation_of_the_one_who_welcomes_it():
    G = gk.extract(
        "Turkey welcomes the positive progress towards reaching a peace agreement between "
        "Azerbaijan and Armenia.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "tur" and t[2] == "mediate"]
    G = gk.extract("Iran welcomed the Russian-brokered deal between Armenia and Azerbaijan.")
    assert {("rus", "arm", "mediate"), ("rus", "aze", "mediate")} <= set(triples(G))


def test_a_group_led_by_states_and_work_with_no_one_named_are_no_relations():
    text = "Bayramov and Mirzoyan met in Geneva. "
    G = gk.extract(
        text + "The meetings were joined by the co-chairs of the Minsk Group, formed to mediate "
        "the conflict and led by France, Russia and the United States.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "mediate" and t[0] in ("fra", "rus", "usa")]
    G = gk.extract(
        "We will continue to work with the parties to make this happen, the US said.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "cooperate"]
    G = gk.extract("France said it was working with Russia to reach a ceasefire.")
    assert ("fra", "rus", "cooperate") in triples(G)


# ---- round 24: background paragraphs (brokered deals, who held the land), shared desires ----


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "Chile and Peru fought a war in 1990. The five-week war ended with a Brazilian-brokered "
            "deal.",
            "ceasefire",
        ),
        (
            "Chile and Peru fought in 1990. Brazil brokered a peace agreement last year.",
            "sign_agreement",
        ),
        ("Relations improved after a Brazilian-brokered agreement last year.", None),
    ],
)
def test_a_brokered_deal_is_the_pairs_own(text, kind):
    # the deal a third party brokered between two is theirs: their truce where the sentence
    # speaks of fighting (or of a war), else their agreement
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    mediated = {t[1] for t in triples(G) if t[0] == "bra" and t[2] == "mediate"}
    pair = [
        t
        for t in triples(G)
        if {t[0], t[1]} == {"chl", "per"} and t[2] in ("ceasefire", "sign_agreement")
    ]
    if kind is None:
        assert not pair
    else:
        assert mediated == {"chl", "per"}
        assert [t[2] for t in pair if t[2] == kind]


def test_a_brokered_deal_adds_nothing_when_the_pair_already_agreed():
    G = gk.extract("Chile and Peru signed a Brazilian-brokered ceasefire deal in May.")
    assert ("chl", "per", "ceasefire") in triples(G)
    assert not [d for _, _, d in G.edges(data=True) if d["rule"] == "brokered_deal"]


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay welcomed Chile's and Peru's desire to conclude a peace treaty.",
        "Uruguay welcomes Chile's, Peru's desire to conclude a peace treaty",
        "Chile and Peru confirmed their willingness to reach a peace deal by the end of the year.",
    ],
)
def test_a_shared_desire_for_peace_is_each_sides_intention(text):
    G = gk.extract(text)
    assert {("chl", "per", "intend_cooperation"), ("per", "chl", "intend_cooperation")} <= set(
        triples(G)
    )


def test_a_readiness_to_sign_peace_is_an_offered_intention():
    G = gk.extract("Santiago reaffirmed its readiness to sign a peace agreement with Lima.")
    edges = [(u, v, d) for u, v, d in G.edges(data=True) if d["type"] == "intend_cooperation"]
    assert [(u, v, d["status"]) for u, v, d in edges] == [("chl", "per", "offered")]


@pytest.mark.parametrize(
    "text",
    [
        "Nagorno-Karabakh is part of Azerbaijan but run by ethnic Armenians.",
        "Fighting broke out over Nagorno-Karabakh, a region of Azerbaijan that has been under "
        "the control of ethnic Armenian forces since 1994.",
        "Baku took back Nagorno-Karabakh, a breakaway region that had been under ethnic "
        "Armenian control for decades.",
        "Azerbaijan began an operation in its breakaway region of Nagorno-Karabakh, under "
        "Armenian control.",
        "Nagorno-Karabakh lies within Azerbaijan but is under ethnic Armenian control.",
    ],
)
def test_the_land_described_before_is_what_others_control(text):
    # not the state the land is said to lie in or be part of, nor a relative pronoun
    G = gk.extract(text, date="2022-05-01")
    held = [t for t in triples(G) if t[2] == "control" and t[0] != "aze"]
    assert held == [("separatists", "nagorno_karabakh", "control")]


def test_an_apposition_does_not_take_the_place_of_the_route_it_describes():
    G = gk.extract(
        "The Lachin corridor, the only road linking Nagorno-Karabakh with Armenia, has been "
        "blocked by Azerbaijan since December.",
        date="2023-05-01",
    )
    blocked = [t for t in triples(G) if t[2] == "blockade"]
    assert blocked == [("aze", "lachin_corridor", "blockade")]


@pytest.mark.parametrize(
    "text, signed",
    [
        ("He said the recent statements made by Chile, Peru and Bolivia were hostile.", False),
        ("The joint statement made by Chile and Peru reads as follows.", True),
        ("The trilateral statement signed by Chile, Peru and Bolivia ended the war.", True),
    ],
)
def test_statements_made_by_several_are_no_agreement(text, signed):
    G = gk.extract(text, allow_empty=True)
    # (a joint statement "made by" its makers is their cooperation since round 27)
    joint = [t for t in triples(G) if t[2] in ("sign_agreement", "cooperate")]
    assert bool(joint) == signed


@pytest.mark.parametrize(
    "text, accused",
    [
        ("Armenia accused the Russian-led military alliance of ignoring its appeal.", "csto"),
        ("Armenia accused the Russia-led security bloc of ignoring its appeal.", "csto"),
    ],
)
def test_the_csto_is_named_by_its_description(text, accused):
    G = gk.extract(text)
    assert ("arm", accused, "accuse") in triples(G)
    assert ("rus", "csto", "member_of") in triples(G)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Iranian President Ebrahim Raeisi criticized Armenia.", "raisi"),
        ("Foreign Minister Jeyhun Bairamov criticized Armenia.", "bayramov"),
        ("Belarusian President Aliaksandr Lukashenka criticized Armenia.", "lukashenko"),
    ],
)
def test_other_spellings_of_a_known_person_are_that_person(text, person):
    G = gk.extract(text, date="2022-05-01", allow_empty=True)
    assert person in G.nodes


@pytest.mark.parametrize(
    "text",
    [
        "The EU deployed 100 unarmed observers in Armenia last December.",
        "The EU decided to deploy 40 monitoring experts along the Armenian side of the border "
        "with Azerbaijan.",
        "The European Union launched a civilian monitoring mission along the Armenian side of "
        "the border.",
    ],
)
def test_a_monitoring_mission_goes_to_the_state_it_is_sent_to(text):
    # the side's state, not the one across the border
    aid = [t for t in triples(gk.extract(text)) if t[2] == "aid"]
    assert aid == [("eu", "arm", "aid")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru fought again. Guterres called on both sides to recommit to negotiations "
        "under the auspices of the OSCE.",
        "Chile and Peru fought again. Guterres urged them to resume talks under the auspices of "
        "the OSCE.",
        "Chile and Peru fought again. The UN calls on the sides to take the steps they agreed "
        "through the facilitation of the OSCE.",
    ],
)
def test_a_standing_mediators_auspices_hold_inside_an_appeal(text):
    # the one who asks is no party to the mediation it asks for; the two asked are
    G = gk.extract(text, allow_empty=True)
    mediated = {t[1] for t in triples(G) if t[0] == "osce" and t[2] == "mediate"}
    assert mediated == {"chl", "per"}


def test_the_role_of_a_mediator_is_between_the_states_at_war():
    G = gk.extract(
        "Chile and Peru fought again. President Boric met President Boluarte in Lima. The "
        "Council expressed support for the central role of the OSCE in the settlement of the "
        "conflict."
    )
    mediated = {t[1] for t in triples(G) if t[0] == "osce" and t[2] == "mediate"}
    assert mediated == {"chl", "per"}


@pytest.mark.parametrize(
    "text, war",
    [
        (
            "Nagorno-Karabakh lies within Azerbaijan but has been under the control of ethnic "
            "Armenian forces since a separatist war there ended in 1994.",
            True,
        ),
        (
            "Karabakh is recognised as part of Azerbaijan, but its people have resisted "
            "Azerbaijani rule since a separatist war there ended in 1994.",
            True,
        ),
        ("The separatist war ended in 1994.", False),  # no state the land is placed in
    ],
)
def test_a_separatist_war_is_the_sovereigns_war_with_the_group(text, war):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    wars = [t for t in triples(G) if t[2] == "war"]
    assert wars == ([("aze", "separatists", "war")] if war else [])


# ---- round 24, review: near misses a helper wrote for this round's readings ----


@pytest.mark.parametrize(
    "text",
    [
        "Armenia criticised the role of Turkey in the talks.",
        "Chile and Peru fought in 2020. The role of Brazil in the settlement has been ambiguous.",
        "Chile and Peru fought in 2020. Lima praised the role of Chile in the peace process.",
    ],
)
def test_a_judged_role_or_a_partys_own_is_no_mediation(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_auspices_inside_an_appeal_need_talks():
    G = gk.extract("Armenia urged Russia to act under the auspices of the CSTO.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "mediate"]
    G = gk.extract(
        "Turkey urged Russia and Ukraine to negotiate under the auspices of the UN.",
        allow_empty=True,
    )
    assert {("un", "rus", "mediate"), ("un", "ukr", "mediate")} <= set(triples(G))


@pytest.mark.parametrize(
    "text, blocked",
    [
        ("Since the fall of Shusha, Armenia has been blockaded by Turkey.", ("tur", "arm")),
        (
            "The Lachin corridor, the only road linking Karabakh with Armenia, remains open, "
            "while Armenia has been blocked by Turkey.",
            ("tur", "arm"),
        ),
        (
            "Clashes broke out in Nagorno-Karabakh, the region of Azerbaijan that has been "
            "occupied by Armenia since 1991.",
            None,
        ),
    ],
)
def test_an_apposition_head_only_where_the_apposition_closes_before_the_verb(text, blocked):
    G = gk.extract(text, date="2020-05-01", allow_empty=True)
    if blocked:
        assert [t[:2] for t in triples(G) if t[2] == "blockade"] == [blocked]
    else:
        assert ("arm", "nagorno_karabakh", "occupy") in triples(G)
        assert ("arm", "aze", "occupy") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Lachin, which links Armenia to Nagorno-Karabakh, has been under the control of Russian "
        "peacekeepers since 2020.",
        "Karabakh is part of Azerbaijan but Armenia is under the control of Russia, critics say.",
    ],
)
def test_the_land_under_control_is_no_name_inside_a_relative_clause_nor_another_subject(text):
    G = gk.extract(text, date="2022-05-01", allow_empty=True)
    assert not [t for t in triples(G) if t[1] == "nagorno_karabakh" and t[2] == "control"]


@pytest.mark.parametrize(
    "text",
    [
        "Karabakh, recognised as part of Azerbaijan, was never the scene of a separatist war.",
        "Armenia doubts Azerbaijan's willingness to sign a peace treaty.",
    ],
)
def test_a_negated_war_or_a_doubted_intention_is_not_stated(text):
    G = gk.extract(text, date="2022-05-01", allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("war", "intend_cooperation")]


# ---- round 25: owed withdrawals and named occupations ----


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Baku said Armenia must completely withdraw its forces from Azerbaijan's territory.",
            ("arm", "aze"),
        ),
        (
            "The agreement obliged Armenia to withdraw its troops from the Azerbaijani lands "
            "that it had held since the early 1990s.",
            ("arm", "aze"),
        ),
        (
            "Aliyev has said Armenian forces must withdraw from Nagorno-Karabakh.",
            ("arm", "nagorno_karabakh"),
        ),
        (
            "Armenia has not completely withdrawn its armed forces from the sovereign "
            "territories of Azerbaijan.",
            ("arm", "aze"),
        ),
        (
            "Yerevan stressed the necessity of withdrawing the armed forces of Azerbaijan from "
            "the sovereign territory of Armenia.",
            ("aze", "arm"),
        ),
    ],
)
def test_a_side_owed_a_withdrawal_from_its_foes_land_occupies_it(text, expected):
    G = gk.extract(
        "Azerbaijan and Armenia fought a war in 2020. " + text, date="2022-05-01", allow_empty=True
    )
    found = [t[:2] for t in triples(G) if t[2] == "occupy"]
    assert found == [expected]
    rel = gk.relations_table(G)
    assert rel.loc[rel.type == "occupy", "status"].tolist() == ["alleged"]


@pytest.mark.parametrize(
    "text",
    [
        # a withdrawal done, not owed
        "Armenia withdrew its troops from the Kalbajar district in November.",
        # not the foe's land: an ally asked to leave
        "Yerevan has asked Moscow to withdraw its troops from Armenian territory.",
        # nobody's land
        "Armenia must withdraw from the talks, the opposition said.",
    ],
)
def test_a_withdrawal_done_or_from_no_foes_land_is_no_occupation(text):
    G = gk.extract(
        "Azerbaijan and Armenia fought a war in 2020. " + text, date="2022-05-01", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "occupy"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "During the war, Azerbaijan liberated several cities and villages from the "
            "Armenian occupation.",
            ("arm", "aze"),
        ),
        (
            "About 20% of Azerbaijan's territory had been under illegal Armenian occupation "
            "for nearly three decades.",
            ("arm", "aze"),
        ),
        (
            "Armenia's occupation of Azerbaijani territories in Nagorno-Karabakh was the reason "
            "for Turkey's sealing of the border.",
            ("arm", "nagorno_karabakh"),
        ),
        (
            "Erdogan was the first leader to visit Garabagh after its liberation from the "
            "Armenian occupation.",
            ("arm", "nagorno_karabakh"),
        ),
    ],
)
def test_an_occupation_named_by_its_occupier_is_read_with_its_land(text, expected):
    G = gk.extract(text, date="2022-05-01", allow_empty=True)
    found = [t[:2] for t in triples(G) if t[2] == "occupy"]
    assert found == [expected]  # (not "Armenia occupies Turkey")


def test_an_occupation_with_no_land_needs_the_foe_the_text_names():
    text = "Buildings were destroyed during the almost 30-year occupation by Armenia."
    alone = gk.extract(text, date="2022-05-01", allow_empty=True)
    assert not [t for t in triples(alone) if t[2] == "occupy"]
    G = gk.extract(
        "Azerbaijan and Armenia fought a war in 2020. " + text, date="2022-05-01", allow_empty=True
    )
    assert [t[:2] for t in triples(G) if t[2] == "occupy"] == [("arm", "aze")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Inside Azerbaijan's internationally recognized borders, Nagorno-Karabakh has been "
            "run by its ethnic Armenian population since then.",
            True,
        ),
        (
            "Fighting broke out over the Nagorno-Karabakh region, an area that is within "
            "Azerbaijan's borders but controlled by ethnic Armenians.",
            True,
        ),
        (
            "Nagorno-Karabakh is a region with an Armenian majority, but located within the "
            "territory of Azerbaijan.",
            True,
        ),
        # not placed there: negated
        ("Nagorno-Karabakh was never within Azerbaijan's borders, the separatists said.", False),
        # no territory another holds: Syunik is Armenia's own
        ("Syunik lies within Armenia's borders.", False),
    ],
)
def test_a_territory_placed_within_a_states_borders_is_under_its_sovereignty(text, expected):
    G = gk.extract(text, date="2022-05-01", allow_empty=True)
    within = [(s, t, d["type"]) for s, t, d in G.edges(data=True) if d["rule"] == "within_borders"]
    assert within == ([("aze", "nagorno_karabakh", "sovereignty")] if expected else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"I urge Armenia and Azerbaijan to return to the ceasefire," the OSCE chair Edi '
            "Rama said.",
            {("rama", "arm", "appeal"), ("rama", "aze", "appeal")},
        ),
        (
            '"I especially thank President Vladimir Putin for his help," Pashinyan said.',
            {("pashinyan", "putin", "support")},
        ),
    ],
)
def test_i_in_a_quotation_is_its_speaker(text, expected):
    G = gk.extract(text, date="2022-05-01", allow_empty=True)
    assert expected <= set(triples(G))


def test_i_with_no_speaker_is_nobody_and_takes_no_one_elses_place():
    # no reporting verb, no speaker before: not the leaders just named
    G = gk.extract(
        "Michel met Aliyev and Pashinyan in Brussels. I commended the leaders for their "
        "commitment and encouraged them to take further steps.",
        date="2022-05-01",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "appeal"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a land after "over" is what the charges are about, not who is charged
        (
            "Armenia and Azerbaijan traded accusations over the Karabakh clashes.",
            {("arm", "aze", "accuse_aggression"), ("aze", "arm", "accuse_aggression")},
        ),
        # two allies' charges: no charge of aggression, and no fight between them afterwards
        (
            "NATO allies France and Turkey exchanged angry accusations over Nagorno-Karabakh on "
            "Wednesday. War in the Caucasus could draw in Turkey and Russia.",
            {("fra", "tur", "accuse"), ("tur", "fra", "accuse")},
        ),
    ],
)
def test_traded_accusations_are_each_at_the_other(text, expected):
    G = gk.extract(text, date="2020-10-01", allow_empty=True)
    found = {t for t in triples(G) if t[2].startswith("accuse")}
    assert found == expected
    assert not [t for t in triples(G) if t[2] == "war" and {t[0], t[1]} == {"fra", "tur"}]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Armenia fought a war in 2020. Those meetings were joined by the "
        "co-chairs of the OSCE Minsk Group, formed to mediate the conflict and led by France, "
        "Russia and the United States.",
        "Azerbaijan and Armenia fought a war in 2020. Erdogan has criticized the Minsk Group of "
        "the OSCE, which was formed to find a peaceful solution to the Nagorno-Karabakh "
        "conflict.",
        # the co-chairs named before the body are its members, not the mediators
        "Azerbaijan and Armenia fought a war in 2020. France, Russia and the United States are "
        "co-chairs of the OSCE Minsk Group, set up in 1992 to mediate in the conflict.",
    ],
)
def test_a_body_founded_to_mediate_a_conflict_mediates_between_its_parties(text):
    G = gk.extract(text, date="2020-10-01", allow_empty=True)
    mediators = {(s, t) for s, t, k in triples(G) if k == "mediate"}
    assert mediators == {("minsk_group", "arm"), ("minsk_group", "aze")}


@pytest.mark.parametrize(
    "text",
    [
        "France, as well as Germany, called on Armenia to respect the ceasefire.",
        "France as well as Germany called on Armenia to respect the ceasefire.",
    ],
)
def test_as_well_as_joins_a_list_of_subjects(text):
    G = gk.extract(text, date="2020-10-01", allow_empty=True)
    assert {t for t in triples(G) if t[2] == "appeal"} == {
        ("fra", "arm", "appeal"),
        ("deu", "arm", "appeal"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Armenian humanitarian convoy carrying food to Nagorno-Karabakh remains blocked "
            "at the entrance of the corridor.",
            ("arm", "nagorno_karabakh"),
        ),
        (
            "A truck carrying humanitarian aid from the Russian Red Cross has arrived in "
            "Nagorno-Karabakh.",
            ("rus_red_cross", "nagorno_karabakh"),
        ),
    ],
)
def test_a_relief_shipment_named_by_its_sender_is_its_aid_to_the_land_it_goes_to(text, expected):
    G = gk.extract(text, date="2023-08-01", allow_empty=True)
    assert [t[:2] for t in triples(G) if t[2] == "humanitarian_aid"] == [expected]


def test_a_relief_shipment_with_no_sender_named_is_no_ones_aid():
    G = gk.extract(
        "A humanitarian convoy carrying food to Nagorno-Karabakh remains blocked.",
        date="2023-08-01",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "humanitarian_aid"]


# ---- round 25, review: near misses a helper wrote for this round's readings ----


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan rejected claims that Armenia must withdraw its forces from Azerbaijan's "
        "territory.",
        "It is false that Armenia has not withdrawn its armed forces from the territories of "
        "Azerbaijan, Yerevan said.",
        "Does Armenia have to withdraw its forces from Azerbaijan's territory? Analysts disagree.",
        "Pashinyan said there was never any occupation by Armenia.",
        "Yerevan says there is no Armenian occupation of Azerbaijani land.",
        'The term "Armenian occupation" is used by Azerbaijani officials.',
    ],
)
def test_a_denied_asked_or_quoted_occupation_is_none(text):
    G = gk.extract(
        "Armenia and Azerbaijan fought in 2020. " + text, date="2023-05-01", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "occupy"]


@pytest.mark.parametrize(
    "text, status",
    [
        ("An Armenian humanitarian convoy carrying food to Nagorno-Karabakh was never sent.", None),
        ("An Armenian humanitarian convoy to Nagorno-Karabakh was planned but cancelled.", None),
        ("Azerbaijan refused humanitarian aid from the Russian Red Cross for Karabakh.", None),
        ("A Russian humanitarian delivery to Nagorno-Karabakh is expected next week.", "offered"),
    ],
)
def test_a_relief_shipment_not_sent_is_none_and_one_to_come_is_offered(text, status):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    found = [d["status"] for _, _, d in G.edges(data=True) if d["rule"] == "aid_shipment"]
    assert found == ([status] if status else [])


def test_i_in_a_quotation_told_to_a_reporter_is_the_one_who_told():
    G = gk.extract(
        'Michel said Rama had told him: "I urge Armenia and Azerbaijan to make peace."',
        date="2023-05-01",
        allow_empty=True,
    )
    assert {t[:2] for t in triples(G) if t[2] == "appeal"} == {("rama", "arm"), ("rama", "aze")}


@pytest.mark.parametrize(
    "text, body, members",
    [
        (
            "The CSTO is an alliance of six ex-Soviet states -- Russia, Armenia, Belarus, "
            "Kazakhstan, Kyrgyzstan, and Tajikistan.",
            "csto",
            {"rus", "arm", "blr", "kaz", "kgz", "tjk"},
        ),
        (
            "Talks have been held under the OSCE Minsk Group, led by its three co-chairs - "
            "Russia, France and the United States.",
            "minsk_group",
            {"rus", "fra", "usa"},
        ),
        (
            "Talks will be held within the 3+3 platform, which includes Iran, Russia, Turkey and "
            "three South Caucasus nations.",
            "platform_3plus3",
            {"irn", "rus", "tur"},
        ),
        (
            "The CSTO is a military alliance created in 1992 and which includes Armenia, Russia "
            "and Belarus.",
            "csto",
            {"arm", "rus", "blr"},
        ),
        # the count and the list disagree, but "an alliance of ... Russia and Armenia among
        # them" still names two of its members (round 37: "X is a bloc of A and B")
        (
            "The CSTO is an alliance of six ex-Soviet states -- Russia and Armenia among them.",
            "csto",
            {"rus", "arm"},
        ),
    ],
)
def test_the_members_a_body_lists_are_its_members(text, body, members):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert {s for s, t, k in triples(G) if k == "member_of" and t == body} == members


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pashinyan asked to consult the CSTO, of which Armenia is a member and Azerbaijan "
            "is not.",
            {("arm", "csto")},
        ),
        (
            "The meeting was convened by Armenia, which currently presides over the CSTO.",
            {("arm", "csto")},
        ),
        # not a membership: a state presiding over talks, a body of which no state is named
        ("Kazakhstan presided over the talks in Almaty.", set()),
    ],
)
def test_a_membership_stated_in_a_relative_clause(text, expected):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert {t[:2] for t in triples(G) if t[2] == "member_of"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "An Armenian convoy was prevented from passing Azerbaijan's checkpoint at the "
            "entrance to the Lachin Corridor.",
            {("aze", "lachin_corridor")},
        ),
        (
            "Yerevan believes that the checkpoint installed by Azerbaijan at the Lachin corridor "
            "contradicts the ceasefire.",
            {("aze", "lachin_corridor")},
        ),
        (
            "On 23 April, Baku opened a checkpoint on the Lachin corridor.",
            {("aze", "lachin_corridor")},
        ),
        (
            "Azerbaijani servicemen stand guard at a checkpoint at the Lachin corridor.",
            {("aze", "lachin_corridor")},
        ),
        # none: a checkpoint there is not, or one of no named owner
        (
            '"There should be no customs checkpoint at the Lachin corridor," Aliyev said.',
            set(),
        ),
        ("Vardanyan was detained at the checkpoint in the Lachin corridor.", set()),
    ],
)
def test_a_checkpoint_on_a_route_is_its_owners_control_of_it(text, expected):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert {t[:2] for t in triples(G) if t[2] == "control"} == expected


def test_appealed_for_x_to_act_is_an_appeal_to_x():
    G = gk.extract(
        "Armenia and Azerbaijan jointly appealed for the OSCE to dissolve the Minsk Group.",
        date="2025-09-01",
        allow_empty=True,
    )
    assert set(triples(G)) == {("arm", "osce", "appeal"), ("aze", "osce", "appeal")}


def test_a_body_wound_up_is_no_party_disarming():
    G = gk.extract(
        "The OSCE decided to dissolve the Minsk Group.", date="2025-09-01", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "concede"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "NATO hailed the signing of a U.S.-brokered peace deal as a step forward in ending "
            "the conflict between Armenia and Azerbaijan.",
            {("nato", "arm", "support"), ("nato", "aze", "support")},
        ),
        (
            'Armenia\'s foreign ministry dismissed as "absurd" Azerbaijani allegations that '
            "weapons were being carried.",
            {("arm", "aze", "deny")},
        ),
    ],
)
def test_hailed_signings_and_claims_dismissed_as_false(text, expected):
    G = gk.extract(text, date="2025-08-09", allow_empty=True)
    assert expected <= set(triples(G))


def test_a_suspended_engagement_reduces_relations():
    G = gk.extract(
        "Armenia announced it was suspending its engagement with the CSTO.",
        date="2024-03-01",
        allow_empty=True,
    )
    assert set(triples(G)) == {("arm", "csto", "reduce_relations")}


@pytest.mark.parametrize(
    "text",
    [
        "The NATO summit was attended by leaders of three countries - Armenia, Azerbaijan and "
        "Georgia.",
        "NATO and three partner states - Armenia, Azerbaijan and Georgia - held a joint exercise.",
        "The CSTO, of which Azerbaijan is not a member, held drills in Kazakhstan.",
    ],
)
def test_a_list_not_counted_as_the_bodys_own_and_a_negated_membership_are_none(text):
    G = gk.extract(text, date="2024-05-01", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "member_of"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani troops opened a checkpoint in Syunik, Armenian media claimed.",
        "Baku denied it had established a checkpoint in the Lachin corridor.",
        "Azerbaijan refused to open a checkpoint on the Lachin corridor.",
    ],
)
def test_a_checkpoint_in_a_province_or_denied_or_refused_is_no_control(text):
    G = gk.extract(text, date="2024-05-01", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "control"]


@pytest.mark.parametrize(
    "text, body, members",
    [
        (
            "The Organisation of Turkic States unites five countries: Turkey, Azerbaijan, "
            "Kazakhstan, Kyrgyzstan and Uzbekistan.",
            "otc",
            {"tur", "aze", "kaz", "kgz", "uzb"},
        ),
        (
            "The EU's three largest members - Germany, France and Italy - backed new sanctions.",
            "eu",
            {"deu", "fra", "ita"},
        ),
        (
            "The European Union and two member states - France and Germany - pledged aid.",
            "eu",
            {"fra", "deu"},
        ),
    ],
)
def test_members_counted_as_the_bodys_own_by_its_verb_or_possessive(text, body, members):
    G = gk.extract(text, date="2024-05-01", allow_empty=True)
    assert {s for s, t, k in triples(G) if k == "member_of" and t == body} == members


# ---- round 26: the lands around Karabakh, mediated truces of a named war, bare titles ----


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The truce allowed Azerbaijan to reclaim control over large parts of "
            "Nagorno-Karabakh and surrounding areas.",
            {("aze", "nagorno_karabakh", "control"), ("aze", "surrounding_districts", "control")},
        ),
        (
            "The deal saw Azerbaijan regaining control over parts of Nagorno-Karabakh and all "
            "seven adjacent districts.",
            {("aze", "nagorno_karabakh", "control"), ("aze", "surrounding_districts", "control")},
        ),
        (
            "In 2020 Azerbaijan retook territory in and around Nagorno-Karabakh.",
            {("aze", "nagorno_karabakh", "occupy"), ("aze", "surrounding_districts", "occupy")},
        ),
        (
            "That war left Nagorno-Karabakh itself and substantial surrounding territory in "
            "Armenian hands.",
            {("arm", "surrounding_districts", "control")},
        ),
    ],
)
def test_the_lands_around_karabakh_are_the_surrounding_districts(text, expected):
    G = gk.extract(text, date="2021-05-01", allow_empty=True)
    found = {t for t in triples(G) if t[2] in ("control", "occupy")}
    assert expected <= found
    assert all(t[1] in ("nagorno_karabakh", "surrounding_districts") for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani forces shelled Ganja and surrounding areas.",
        "Experts met to discuss areas around the Karabakh conflict.",
        "Armenian forces were deployed in and around Stepanakert.",
    ],
)
def test_other_surrounding_areas_are_not_the_districts_around_karabakh(text):
    G = gk.extract(text, date="2021-05-01", allow_empty=True)
    assert "surrounding_districts" not in G


def test_a_town_in_a_states_hands_is_its_control_and_other_hands_are_none():
    G = gk.extract(
        "The town of Shusha, in Armenian hands since 1992, was retaken by Azerbaijan.",
        date="2021-05-01",
    )
    assert ("arm", "shusha", "control") in triples(G)
    G = gk.extract(
        "The decision is in the hands of Azerbaijan. Azerbaijan shook hands with Armenia.",
        date="2021-05-01",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "control"]


@pytest.mark.parametrize(
    "text",
    [
        "It cited the terms of a Russian-mediated agreement that halted the "
        "Armenian-Azerbaijani war on November 10.",
        # a pair named before (a meeting) is not the pair of the war the sentence names
        "Blinken met British officials in London. It cited the terms of a Russian-mediated "
        "agreement that halted the Armenian-Azerbaijani war on November 10.",
    ],
)
def test_a_mediated_truce_is_between_the_sides_of_the_war_the_sentence_names(text):
    G = gk.extract(text, date="2021-05-01")
    mediated = {(s, t) for s, t, k in triples(G) if k == "mediate"}
    assert mediated == {("rus", "arm"), ("rus", "aze")}


def test_a_bare_secretary_general_is_the_uns_unless_another_body_has_one_named():
    text = (
        "Statement attributable to the Spokesperson for the Secretary-General. Armenia and "
        "Azerbaijan clashed on the border. The Secretary-General calls on the sides to "
        "implement the steps they agreed to take."
    )
    G = gk.extract(text, date="2021-05-12")
    assert {("guterres", "arm", "appeal"), ("guterres", "aze", "appeal")} <= set(triples(G))
    G = gk.extract(text, date="2015-05-12", allow_empty=True)  # (before Guterres's term)
    assert "guterres" not in G
    for other in [
        "NATO leaders met on Monday.",  # (a body the gazetteer knows to have one)
        "The UN and the Secretary-General of the Arab League spoke.",
        "The UN and the OSCE Secretary General spoke.",
        "The OSCE voiced concern.",  # (no UN text)
    ]:
        G = gk.extract(
            other + " The Secretary-General calls on the sides to implement the steps they "
            "agreed to take.",
            date="2021-05-12",
            allow_empty=True,
        )
        assert "guterres" not in G, other


def test_the_call_of_a_body_for_a_truce_is_no_telephone_call():
    G = gk.extract(
        "UN Secretary-General Antonio Guterres fully supports the call of the OSCE Minsk Group "
        "for an immediate humanitarian ceasefire.",
        date="2020-11-01",
    )
    assert not [t for t in triples(G) if t[2] == "consult"]
    assert ("guterres", "minsk_group", "support") in triples(G)
    # a call taken or answered is a telephone call
    G = gk.extract("Pashinyan answered the call of Putin late on Monday night.", date="2023-01-01")
    assert triples(G) == [("putin", "pashinyan", "consult")]


def test_a_call_names_the_pair_of_the_talks_it_asks_for():
    G = gk.extract(
        "The UN Security Council called for an immediate end to hostilities in "
        "Nagorno-Karabakh and unconditional resumption of Armenian-Azerbaijani peace talks.",
        date="2020-10-01",
    )
    assert {
        ("un_security_council", "arm", "appeal"),
        ("un_security_council", "aze", "appeal"),
    } <= set(triples(G))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan attacked Nagorno-Karabakh on Tuesday. Blinken called the attack "
            "unacceptable.",
            {("blinken", "aze")},
        ),
        (
            "Azerbaijan attacked Nagorno-Karabakh on Tuesday. Lavrov called the continued "
            "fighting unacceptable.",
            {("lavrov", "aze")},
        ),
        # fighting by both sides has no one doer
        (
            "Azerbaijan and Armenia shelled each other's positions. Lavrov called the continued "
            "fighting unacceptable.",
            set(),
        ),
    ],
)
def test_an_act_called_unacceptable_criticizes_its_doer(text, expected):
    G = gk.extract(text, date="2023-09-20")
    assert {(s, t) for s, t, k in triples(G) if k == "criticize"} == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Armenia's statements are disruptive, said Spokesperson for the Ministry of Foreign "
            "Affairs of Russia Maria Zakharova.",
            "zakharova",
        ),
        (
            "Armenia's statements are disruptive, said Russian Foreign Ministry spokeswoman Maria "
            "Zakharova.",
            "zakharova",
        ),
        ("Armenia's statements are disruptive, said the Russian Foreign Ministry.", "rus"),
    ],
)
def test_the_speaker_after_the_verb_past_a_title(text, speaker):
    G = gk.extract(text, date="2023-01-12")
    assert {(s, t) for s, t, k in triples(G) if k == "criticize"} == {(speaker, "arm")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mirzoyan said that Azerbaijan had broken its promise not to engage in hostilities.",
            {("mirzoyan", "aze")},
        ),
        (
            "According to Armenia's Foreign Ministry, the actions of Azerbaijan are a gross "
            "violation of the tripartite declaration.",
            {("arm", "aze")},
        ),
        (
            "Azerbaijan is in violation of its obligations, the Armenian ministry said.",
            {("arm", "aze")},
        ),
        # no doer, a breaking of something else, a denied breach
        ("This is a violation of international law, Pashinyan said.", set()),
        ("Armenia broke the deadlock in the talks on the agreement, Michel said.", set()),
        ("Azerbaijan did not break its promise, Aliyev said.", set()),
    ],
)
def test_a_broken_promise_or_a_predicated_violation_is_the_speakers_charge(text, expected):
    G = gk.extract(text, date="2023-05-01", allow_empty=True)
    assert {(s, t) for s, t, k in triples(G) if k == "accuse"} == expected


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "The U.S., Russian and French diplomats co-heading the OSCE Minsk Group called for "
            "calm.",
            {"usa", "rus", "fra"},
        ),
        (
            "France, Russia and the United States co-chair the OSCE Minsk Group.",
            {"usa", "rus", "fra"},
        ),
        # the apposition's actor, and with "another" the subject as well
        (
            "Washington will keep working with Russia, another co-chair of the Minsk Group.",
            {"usa", "rus"},
        ),
        ("Armenia spoke with France, a co-chair of the Minsk Group.", {"fra"}),
        ("Russia and France co-chaired a meeting of the Security Council.", set()),
    ],
)
def test_co_chairs_of_a_body_and_appositions_are_its_members(text, members):
    G = gk.extract(text, date="2021-05-01", allow_empty=True)
    assert {s for s, t, k in triples(G) if k == "member_of"} == members


@pytest.mark.parametrize(
    ("text", "attacked"),
    [
        (
            "Last autumn, Baku recaptured the enclave of Nagorno-Karabakh in a one-day offensive.",
            True,
        ),
        ("Azerbaijan seized the Nagorno-Karabakh region from Armenia in a swift attack.", True),
        ("Azerbaijan seized Nagorno-Karabakh in 2023.", False),
        ("Azerbaijan regained control of Nagorno-Karabakh in a deal with Armenia.", False),
    ],
)
def test_land_seized_in_an_attack_was_attacked(text, attacked):
    G = gk.extract(text, date="2024-05-01", allow_empty=True)
    # (Karabakh's separatists, who held it, as the coders code it: round 34)
    assert (("aze", "separatists", "attack") in triples(G)) is attacked


def test_an_attack_read_from_a_denied_seizure_is_denied_too():
    G = gk.extract("Azerbaijan denied it had seized Nagorno-Karabakh in a swift attack.")
    statuses = {(k, st) for _, _, k, st in edges(G) if k in ("occupy", "attack")}
    assert statuses == {("occupy", "denied"), ("attack", "denied")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening phrase's call, whatever the main verb (a verb of saying too)
        (
            "In a phone call with Aliyev, Putin said the situation was stable.",
            {("aliyev", "putin"), ("putin", "aliyev")},
        ),
        # a call in a phrase of the main verb: its subject with each one called, not the two
        # called with each other
        (
            "Putin discussed the topic in telephone conversations with Aliyev and Pashinyan.",
            {
                ("putin", "aliyev"),
                ("putin", "pashinyan"),
                ("aliyev", "putin"),
                ("pashinyan", "putin"),
            },
        ),
    ],
)
def test_a_call_in_a_phrase_is_the_main_subjects(text, expected):
    G = gk.extract(text, date="2023-06-01")
    assert {(s, t) for s, t, k in triples(G) if k == "consult"} == expected


# ---- round 26, review: near misses a helper wrote for this round's readings ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town of Karabakh is no anchor for the districts around it
        (
            "Azerbaijani artillery shelled Stepanakert and surrounding areas.",
            {("aze", "nagorno_karabakh_population", "attack")},  # (its people, round 44)
        ),
        # the holder inside "in ... hands", the land last named before it
        (
            "The 2020 war left most of Karabakh's surrounding districts in Azerbaijani hands.",
            {("aze", "surrounding_districts", "control")},
        ),
        # a seizure that could happen is no attack made
        ("Azerbaijan could seize Karabakh in a swift attack, analysts warned.", set()),
        # a co-chair wished for, and a council co-chaired, are no body's membership
        ("Azerbaijan wants Turkey to co-chair the Minsk Group.", set()),
        ("Armenia and the EU co-chair a partnership council.", {("arm", "eu", "cooperate")}),
    ],
)
def test_round_26_review_near_misses(text, expected):
    G = gk.extract(text, date="2023-06-01", allow_empty=True)
    found = {t for t in triples(G) if t[2] != "occupy"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijani forces marched into Armenia.", {("aze", "arm", "occupy")}),
        (
            "The Azerbaijani troops, who have infiltrated into Armenia's sovereign territory "
            "since May 12, continue provocations.",
            {("aze", "arm", "occupy")},
        ),
        (
            "Units of the Azerbaijani Armed Forces entered the sovereign territory of Armenia.",
            {("aze", "arm", "occupy")},
        ),
        # people fleeing, a relief team, talks entered: no incursion
        ("More than 100,000 Karabakh Armenians crossed into Armenia.", set()),
        ("An ICRC team entered Armenian territory.", set()),
        ("The Armenian delegation entered into talks with Azerbaijan.", set()),
    ],
)
def test_forces_moving_into_anothers_land_occupy_it(text, expected):
    G = gk.extract(text, date="2021-05-20", allow_empty=True)
    assert {t for t in triples(G) if t[2] == "occupy"} == expected


def test_a_call_in_a_phrase_after_a_passive_agent_is_the_agents():
    G = gk.extract(
        "Washington's concern was conveyed to Baku by Secretary of State Antony Blinken in a "
        "call with President Aliyev on Friday.",
        date="2023-08-01",
    )
    found = {(s, t) for s, t, k in triples(G) if k == "consult"}
    assert found == {("blinken", "aliyev"), ("aliyev", "blinken")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia will return four Gazakh villages to Azerbaijan.",
            ("arm", "qazax_villages", "asserted"),
        ),
        (
            "Armenia handed back the Kalbajar district to Azerbaijan in 2020.",
            ("arm", "kalbajar", "historical"),
        ),
    ],
)
def test_land_handed_over_is_the_givers(text, expected):
    G = gk.extract(text, date="2024-04-20")
    held = [(s, t, st) for s, t, k, st in edges(G) if k == "control"]
    assert held == [expected]
    # going back to talks is no land handed over
    G = gk.extract("Armenia will return to the negotiating table.", allow_empty=True)
    assert not [e for e in edges(G) if e[2] == "control"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan expressed their intention to normalize relations.",
        "Armenia and Azerbaijan reaffirmed their desire to normalize relations.",
    ],
)
def test_an_intention_to_cooperate_is_the_intent_not_the_act(text):
    G = gk.extract(text, date="2024-05-01")
    assert edges(G) == [
        ("arm", "aze", "intend_cooperation", "offered"),
        ("aze", "arm", "intend_cooperation", "offered"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Yerevan, in turn, said there "
            "were no Armenian forces in Karabakh.",
            {("arm", "aze")},
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Armenia has repeatedly stated "
            "that the Republic of Armenia does not have an army in Nagorno-Karabakh.",
            {("arm", "aze")},
        ),
        # another side's forces, and no side to answer, are no denial
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Armenia said there were no "
            "Azerbaijani troops in Syunik.",
            set(),
        ),
        ("Yerevan said there were no Armenian forces in Karabakh.", set()),
    ],
)
def test_a_side_saying_it_has_no_forces_there_denies_the_charge(text, expected):
    G = gk.extract(text, date="2023-09-20", allow_empty=True)
    assert {(s, t) for s, t, k in triples(G) if k == "deny"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh. Yerevan, in turn, said there "
            'were no Armenian forces in Karabakh, calling what was happening "an act of '
            'large-scale aggression."',
            {("arm", "aze", "accuse_aggression")},
        ),
        (
            "France called Azerbaijan's actions ethnic cleansing.",
            {("fra", "aze", "accuse_war_crimes")},
        ),
        # an appeal, a telephone call about an aggression, the speaker's own words: no charge
        ("Armenia called on Azerbaijan to end its aggression.", set()),
        ("Pashinyan called Aliyev to discuss the situation.", set()),
        ("Azerbaijan condemned what it called an act of aggression.", set()),
    ],
)
def test_an_act_named_a_crime_is_the_namers_charge(text, expected):
    G = gk.extract(text, date="2023-09-20", allow_empty=True)
    found = {t for t in triples(G) if t[2] in ("accuse_aggression", "accuse_war_crimes")}
    assert found == expected
    assert not [t for t in triples(G) if t[2] in ("attack", "mass_violence") and t[0] == "arm"]


def test_a_states_people_protesting_against_it_are_its_protesters():
    G = gk.extract(
        "Residents of the Armenian capital took to the streets to protest outside the Armenian "
        "government building.",
        date="2023-09-20",
    )
    assert triples(G) == [("arm_protesters", "arm", "protest")]
    # a crowd placed in a state protests as its protesters against another state too, as the
    # dev set codes the rallies in Yerevan against Kazakhstan and the CSTO (round 32; before,
    # its people)
    G = gk.extract("Residents of Yerevan protested against Russia's inaction.", date="2023-09-20")
    assert triples(G) == [("arm_protesters", "rus", "protest")]


# ---- round 26, second review: near misses for the later readings ----


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani troops could cross into Armenia if talks fail, analysts warned.",
        "The Armenian delegation entered the territory of Georgia by bus on its way to Tbilisi.",
        "Azerbaijani trucks crossed into Russia through the Yarag-Kazmalyar checkpoint.",
        "Did Azerbaijani forces march into Armenia? Pashinyan asked the parliament.",
        "Azerbaijan accused Armenia of shelling. Armenia said there would be no Armenian forces "
        "in Karabakh after the withdrawal.",
        "Azerbaijan attacked Karabakh. Armenian refugees said there were no Armenian forces in "
        "Karabakh to protect them.",
        "Armenia did not call the Azerbaijani operation an act of aggression.",
        "Is Shusha still in Armenian hands?",
    ],
)
def test_round_26_second_review_near_misses_give_no_new_reading(text):
    G = gk.extract(text, date="2023-09-20", allow_empty=True)
    new = {"occupy", "deny", "accuse_aggression", "control"}
    assert not [
        t for t in triples(G) if t[2] in new and not (t[2] == "accuse_aggression" and t[0] == "aze")
    ]


def test_a_crime_inside_a_claim_is_no_charge_and_a_done_handover_is_history():
    G = gk.extract("Aliyev called the Armenian claims of ethnic cleansing a lie.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "accuse_war_crimes"]
    G = gk.extract(
        "Armenia handed back the Kalbajar district to Azerbaijan on Wednesday.", date="2020-11-25"
    )
    assert ("arm", "kalbajar", "control", "historical") in edges(G)


# ---- round 27: attacks aimed before their "by", territorial integrity, backing a fight ----


@pytest.mark.parametrize(
    "text",
    [
        "Turkey condemned the attacks on civilians by Armenia.",
        "Pakistan condemned the attacks against civilians by Armenia.",
    ],
)
def test_an_attack_aimed_at_someone_before_its_by_has_that_doer(text):
    # "on civilians" may stand between the attack and its "by X"
    judge = "tur" if text.startswith("Turkey") else "pak"
    assert {(judge, "arm", "criticize"), (judge, "arm", "accuse_aggression")} <= set(
        triples(gk.extract(text))
    )


def test_a_by_that_belongs_to_a_participle_is_no_attacker():
    G = gk.extract(
        "Armenia hoped that the condemnation of encroachment on the sovereign territory and a "
        "common position adopted by the CSTO would have a sobering effect.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[1] == "csto"]


@pytest.mark.parametrize(
    "text, speaker, owner",
    [
        ("Iran stressed the need to respect the territorial integrity of Armenia.", "irn", "arm"),
        ("Iran stressed the importance of respecting the sovereignty of Armenia.", "irn", "arm"),
        ("Macron called for respect for Armenia's territorial integrity.", "macron", "arm"),
        (
            "Khatibzadeh stressed that Azerbaijan's territorial integrity should be respected.",
            "khatibzadeh",
            "aze",
        ),
    ],
)
def test_upholding_a_states_territorial_integrity_is_support_for_it(text, speaker, owner):
    found = triples(gk.extract(text))
    assert (speaker, owner, "support") in found
    # the state whose integrity is upheld is not the one called on
    assert (speaker, owner, "appeal") not in found


def test_a_sovereignty_that_must_not_be_violated_lays_no_demand_on_its_owner():
    G = gk.extract("Borrell said Armenia's sovereignty must not be violated.", allow_empty=True)
    # upheld all the same (round 27 review): support, and no demand on Armenia
    assert triples(G) == [("borrell", "arm", "support")]


def test_the_two_whose_integrity_must_be_respected_are_each_supported():
    G = gk.extract(
        "Armenia and Azerbaijan clashed on the border. Kanaani stressed the need to respect the "
        "territorial integrity of the two countries."
    )
    assert {("kanaani", "arm", "support"), ("kanaani", "aze", "support")} <= set(triples(G))


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan said Azerbaijan violated the territorial integrity of Armenia.",
        "Pashinyan said Azerbaijan encroached on the sovereign territory of Armenia.",
    ],
)
def test_violating_a_states_territorial_integrity_is_occupation_charged(text):
    G = gk.extract(text)
    assert ("aze", "arm", "occupy", "alleged") in edges(G)
    assert ("pashinyan", "aze", "accuse") in triples(G)


def test_an_infringement_named_by_its_doers_possessive_is_occupation():
    G = gk.extract("Grigoryan described Baku's steps as an infringement on Armenia's sovereignty.")
    assert ("aze", "arm", "occupy") in triples(G)


def test_a_violation_of_integrity_that_is_denied_is_not_asserted():
    G = gk.extract(
        "Azerbaijan never violated the territorial integrity of Armenia, Aliyev said.",
        allow_empty=True,
    )
    assert not [e for e in edges(G) if e[2] == "occupy" and e[3] == "asserted"]


def test_help_given_to_a_fight_is_backing_not_mediation():
    found = triples(gk.extract("Azerbaijan launched the offensive with the support of Turkey."))
    assert ("tur", "aze", "support") in found
    # the helper is neither mediator nor the offensive's target
    assert not [t for t in found if t[2] in ("mediate", "attack") and "tur" in t[:2]]


def test_help_given_to_a_deal_stays_mediation():
    found = triples(gk.extract("Armenia and Azerbaijan reached a deal with the help of Russia."))
    assert {("rus", "arm", "mediate"), ("rus", "aze", "mediate")} <= set(found)


def test_a_verbs_object_is_not_sought_past_a_helpers_adjunct():
    G = gk.extract(
        "Armenia is trying to disrupt the peace process carried out with the mediation of the "
        "OSCE Minsk Group.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "arm" and t[1] == "osce_minsk_group"]


def test_a_joint_statement_made_by_leaders_is_their_cooperation():
    G = gk.extract(
        "A joint statement on the matter was made by the president of Chile, the president of "
        "Peru and the president of Bolivia."
    )
    assert len([t for t in triples(G) if t[2] == "cooperate"]) == 3


@pytest.mark.parametrize(
    "phrase",
    ["the long-disputed region", "the Armenian-populated enclave", "the separatist-held region"],
)
def test_a_definite_place_with_a_hyphenated_adjective_is_the_territory_named_before(phrase):
    G = gk.extract(
        f"Fighting broke out in Nagorno-Karabakh on Tuesday. Azerbaijan attacked {phrase}."
    )
    assert ("aze", "separatists", "attack") in triples(G)


def test_a_headlines_bare_ceasefire_urged_is_no_ceasefire_between_the_urgers():
    G = gk.extract(
        "Iran and Russia urge immediate ceasefire in Nagorno-Karabakh.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "ceasefire"]


# ---- round 27, review: near misses a helper wrote for this round's readings ----


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan attacked Armenia with the support of Turkey.",
        "Russia attacked Ukraine with the help of Belarus.",
        "Azerbaijan, with help from Turkey, started a war against Armenia.",
        "Azerbaijan attacked Armenia with support from Turkey.",
    ],
)
def test_a_backer_backs_the_doer_of_the_fight_never_its_target(text):
    found = triples(gk.extract(text))
    backers = [t for t in found if t[2] == "support"]
    doer = "rus" if text.startswith("Russia") else "aze"
    assert backers and all(t[1] == doer for t in backers)
    assert not [t for t in found if t[2] == "mediate"]


def test_a_backer_named_with_a_possessive_is_no_object_of_the_fight():
    G = gk.extract("Azerbaijan launched the offensive with Turkey's support.", allow_empty=True)
    assert not [t for t in triples(G) if "tur" in t[:2] and t[2] == "attack"]


def test_a_by_after_an_inquiry_into_an_attack_is_the_inquirys():
    G = gk.extract(
        "Armenia welcomed the investigation into the attack on Goris by the OSCE.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "osce" and t[2] == "attack"]


@pytest.mark.parametrize(
    "text, owners",
    [
        ("Iran urges respect for Armenia's territorial integrity.", ["arm"]),
        ("Khatibzadeh said the territorial integrity of Armenia should be respected.", ["arm"]),
        (
            "Khatibzadeh said the sovereignty of Armenia and Azerbaijan must be respected.",
            ["arm", "aze"],
        ),
        ("Blinken said Armenia's sovereignty must not be violated.", ["arm"]),
        (
            "Iran stressed the importance of Armenia's territorial integrity for regional stability.",
            ["arm"],
        ),
    ],
)
def test_more_ways_of_upholding_a_states_integrity(text, owners):
    found = triples(gk.extract(text))
    assert sorted(t[1] for t in found if t[2] == "support") == owners
    assert not [t for t in found if t[2] in ("appeal", "demand")]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accused Azerbaijan of encroaching on its sovereign territory.",
        "Ukraine said Russia violated its sovereignty and territorial integrity.",
        "Armenia denounced the infringement on Armenia's sovereignty by Azerbaijan.",
    ],
)
def test_a_violation_of_its_own_or_a_named_integrity_is_the_violators_occupation(text):
    found = triples(gk.extract(text))
    doer, victim = ("rus", "ukr") if text.startswith("Ukraine") else ("aze", "arm")
    assert (doer, victim, "occupy") in found


def test_its_territorial_claims_make_no_party_of_its():
    # "its" is a party only before "integrity" ("its territorial integrity"), so the claim
    # keeps its own subject
    G = gk.extract(
        "Bayramov also said that Armenia should ‘stop its territorial claims against Azerbaijan’."
    )
    assert ("arm", "aze", "claim") in triples(G)


def test_a_document_that_violates_integrity_occupies_nothing():
    G = gk.extract(
        "Serbia said Kosovo's declaration violated Serbia's territorial integrity.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "occupy"]


def test_a_leader_denying_his_states_act_makes_it_denied_and_denies_himself():
    G = gk.extract("Aliyev denied that Azerbaijan violated the territorial integrity of Armenia.")
    assert ("aze", "arm", "occupy", "denied") in edges(G)
    assert ("aliyev", "arm", "deny", "asserted") in edges(G)
    assert not [e for e in edges(G) if e[2] == "occupy" and e[3] == "asserted"]


def test_a_fight_with_no_named_doer_gives_its_target_no_backer():
    G = gk.extract(
        "Hamas attacked Israel with the help of Iran, the Israeli army said.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[0] == "irn" and t[1] == "isr"]


# ---- round 27: visits as the time of a clause, meetings in opening phrases ----


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov held talks during a visit to Baku.",
        "Lavrov said during a visit to Baku that no checkpoints were planned.",
        "Russian Foreign Minister Sergey Lavrov claimed during an official visit to Baku that "
        "the road would stay open.",
    ],
)
def test_a_visit_that_times_a_clause_is_its_subjects(text):
    assert ("lavrov", "aze", "consult") in triples(gk.extract(text))


def test_the_visit_of_someone_named_after_it_is_not_the_clause_subjects():
    G = gk.extract("Armenia protested during the visit of Blinken to Baku.", allow_empty=True)
    assert not [t for t in triples(G) if t[0] == "arm" and t[2] == "consult"]


def test_a_meeting_with_two_in_an_opening_phrase_is_the_main_subjects_with_each():
    G = gk.extract(
        "At a meeting in Munich with Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
        "President Ilham Aliyev on February 17, German Chancellor Olaf Scholz urged a quick "
        "conclusion to peace negotiations."
    )
    assert {("scholz", "aliyev", "meet"), ("scholz", "pashinyan", "meet")} <= set(triples(G))


def test_separate_calls_with_two_are_the_callers_with_each_not_each_other():
    G = gk.extract(
        "In separate telephone conversations with Lavrov and Bayramov on Tuesday, "
        "Amir-Abdollahian stressed the need for calm."
    )
    calls = [t for t in triples(G) if t[2] == "consult"]
    assert calls and all("amir_abdollahian" in t[:2] for t in calls)


def test_those_met_by_someone_who_is_no_actor_did_not_meet_each_other():
    G = gk.extract(
        "The delegation met with Azerbaijani President Ilham Aliyev and Bayramov in Baku last "
        "week.",
        allow_empty=True,
    )
    assert ("aliyev", "bayramov", "meet") not in triples(G)


def test_a_hyphenated_surname_alone_is_its_person():
    G = gk.extract("Amir-Abdollahian met Lavrov in Moscow.", date="2023-06-01")
    assert ("amir_abdollahian", "lavrov", "meet") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cavusoglu complained that Yerevan has taken no concrete steps.", ("cavusoglu", "arm")),
        ("Mirzoyan complained in May that Ankara is slowing the talks.", ("mirzoyan", "tur")),
        ("Armenia regretted that the Azerbaijani forces opened fire.", ("arm", "aze")),
    ],
)
def test_a_complaint_that_names_someone_judges_them(text, expected):
    assert (*expected, "disapprove") in triples(gk.extract(text))


def test_a_complaint_about_no_one_judges_no_one():
    G = gk.extract("Armenia complained that the talks had stalled.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "disapprove"]


def test_captives_returned_are_released_by_the_one_who_returns_them():
    G = gk.extract("Azerbaijan returns 8 captured Armenian soldiers after talks with the EU.")
    found = triples(G)
    assert ("aze", "arm", "concede") in found
    # the talks are the returner's, not the soldiers'
    assert ("aze", "eu", "consult") in found
    assert not [t for t in found if t[0] == "arm" and t[1] == "eu"]


def test_talks_after_a_joint_act_are_each_doers_with_the_partner_only():
    found = triples(gk.extract("Armenia and Azerbaijan signed the deal after talks with Russia."))
    assert {("arm", "rus", "consult"), ("aze", "rus", "consult")} <= set(found)
    assert ("arm", "aze", "consult") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The US helped release 17 Armenian prisoners.",
        "Pashinyan thanked Putin and Lavrov for their assistance in the return of Armenian "
        "prisoners of war.",
    ],
)
def test_helping_a_release_is_no_release(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "concede"]


def test_soldiers_returning_to_positions_release_no_one():
    G = gk.extract(
        "Pashinyan said Armenian soldiers returned to their positions.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "concede"]


def test_welcoming_a_deed_done_by_someone_backs_its_doer():
    G = gk.extract("Blinken welcomed the release of Armenian detainees by Azerbaijan.")
    assert ("blinken", "aze", "support") in triples(G)
    assert ("blinken", "arm", "support") not in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Aliyev demanded earlier that Yerevan specifically remove the reference.",
            ("aliyev", "arm"),
        ),
        (
            "The statement answered Baku's demand that Yerevan change its constitution.",
            ("aze", "arm"),
        ),
    ],
)
def test_a_demand_that_names_its_addressee_in_the_clause(text, expected):
    assert (*expected, "demand") in triples(gk.extract(text))


# ---- round 27, second review: near misses a helper wrote for the later readings ----


@pytest.mark.parametrize(
    "text",
    [
        "At a meeting in Munich with Pashinyan and Aliyev, Scholz urged both sides to sign.",
        "In separate phone calls with Aliyev and Pashinyan, Blinken urged restraint.",
    ],
)
def test_an_appeal_after_a_meeting_with_two_goes_to_both(text):
    appeals = {t[1] for t in triples(gk.extract(text)) if t[2] == "appeal"}
    assert appeals in ({"arm", "aze"}, {"aliyev", "pashinyan"})


def test_a_planned_meeting_as_subject_is_no_opening_phrase():
    G = gk.extract(
        "A meeting with Aliyev and Pashinyan is planned for next month, Michel said.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "michel" and t[2] == "meet"]


@pytest.mark.parametrize(
    "text, visitor, host",
    [
        ("Blinken criticized Azerbaijan during a visit to Yerevan.", "blinken", "arm"),
        (
            "Zelensky said during a two-day visit to Washington that more aid is needed.",
            "zelensky",
            "usa",
        ),
    ],
)
def test_the_visitor_is_the_clause_subject_not_its_object(text, visitor, host):
    found = triples(gk.extract(text))
    assert (visitor, host, "consult") in found
    assert not [t for t in found if t[2] == "consult" and t[0] != visitor]


def test_a_visit_made_by_someone_named_after_it_is_not_the_speakers():
    G = gk.extract(
        "Zakharova said during a visit to Yerevan by Shoigu that Russia remains an ally.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "zakharova" and t[2] == "consult"]


def test_a_return_demanded_is_no_release():
    G = gk.extract(
        "The return of Armenian prisoners held by Azerbaijan remains a key demand of Yerevan.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "concede"]


def test_talks_after_an_accusation_are_the_accusers():
    G = gk.extract("Azerbaijan accused Armenia of violating the ceasefire after talks with Russia.")
    assert ("aze", "rus", "consult") in triples(G)
    assert ("arm", "rus", "consult") not in triples(G)


def test_a_denial_does_not_reach_past_but_into_another_speakers_claim():
    G = gk.extract(
        "Aliyev denied that Azerbaijan had attacked Armenia, but Pashinyan said Azerbaijani "
        "troops had occupied Armenian land."
    )
    assert ("aze", "arm", "attack", "denied") in edges(G)
    assert not [e for e in edges(G) if e[2] == "occupy" and e[3] == "denied"]


def test_a_titled_hyphenated_surname_is_the_known_person():
    G = gk.extract(
        "Iranian Foreign Minister Amir-Abdollahian criticized Azerbaijan.", date="2023-06-01"
    )
    assert ("amir_abdollahian", "aze", "criticize") in triples(G)


def test_a_partner_in_a_call_is_not_the_target_of_sanctions_condemned():
    G = gk.extract("In a phone call with Erdogan, Putin condemned Western sanctions.")
    assert not [t for t in triples(G) if t[2] == "sanction"]


@pytest.mark.parametrize(
    "text, judged",
    [
        ("Azerbaijan complained to the OSCE that Armenia violated the ceasefire.", "arm"),
        ("Armenia complained to Russia about Azerbaijan's actions.", "aze"),
    ],
)
def test_a_complaint_to_someone_judges_the_one_complained_of(text, judged):
    disapproved = {t[1] for t in triples(gk.extract(text)) if t[2] == "disapprove"}
    assert disapproved == {judged}


# ---- round 27: headlines in title case ----


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yerevan Accuses Baku of Invading Armenian Territory", ("arm", "aze", "accuse")),
        ("Armenia Recalls Ambassador From Moscow", ("arm", "rus", "reduce_relations")),
        ("Blinken Calls Aliyev, Urges Restraint", ("blinken", "aliyev", "appeal")),
        ("Blinken calls Aliyev, urges restraint", ("blinken", "aliyev", "appeal")),
    ],
)
def test_headline_readings(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_headlines_title_case_and_joins_a_list():
    G = gk.extract("Russia Urges Armenia And Azerbaijan To Show Restraint")
    assert {("rus", "arm", "appeal"), ("rus", "aze", "appeal")} <= set(triples(G))


def test_a_headline_preposition_is_no_persons_name():
    G = gk.extract("Armenia Recalls Ambassador From Moscow")
    assert "from" not in G.nodes


def test_a_capital_before_a_title_case_name_word_is_still_part_of_that_name():
    G = gk.extract("The Washington Times reported that Armenia shelled Tavush.", allow_empty=True)
    assert "usa" not in G.nodes


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Azerbaijan rejected calls by France to withdraw its troops.", "appeal"),
        ("Azerbaijan rejected the demand by France to withdraw its troops.", "demand"),
    ],
)
def test_a_rejected_call_or_demand_by_someone_is_theirs(text, asked):
    found = triples(gk.extract(text))
    assert {("aze", "fra", "reject"), ("fra", "aze", asked)} <= set(found)
    # no telephone call, and no withdrawal that was only asked for
    assert not [t for t in found if t[2] in ("consult", "concede")]


@pytest.mark.parametrize(
    "text",
    [
        "Armenian PM Attacks Russian-Led Alliance at Summit in Yerevan",
        "Pashinyan attacked the CSTO for its inaction.",
    ],
)
def test_attacking_an_organisation_in_words_is_criticism(text):
    found = triples(extract_holders(text))
    assert ("pashinyan", "csto", "criticize") in found
    assert not [t for t in found if t[2] == "attack"]


def test_an_attack_noun_on_an_organisations_side_stays_an_attack_reading():
    G = gk.extract("Armenia condemned Azerbaijan's attack on the EU monitors.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "criticize" and t[0] == "aze"]


def test_the_russian_led_alliance_is_the_csto():
    G = gk.extract("Armenia froze its membership in the Russian-led alliance.")
    assert ("arm", "csto", "reduce_relations") in triples(G)


def test_both_ministers_are_the_two_ministers_named_before():
    G = gk.extract(
        "Mirzoyan and Bayramov met in Washington. Both ministers thanked the United States for "
        "hosting the talks."
    )
    found = set(triples(G))
    assert {("mirzoyan", "usa", "support"), ("bayramov", "usa", "support")} <= found
    assert {("usa", "mirzoyan", "mediate"), ("usa", "bayramov", "mediate")} <= found


def test_a_pair_phrase_ends_at_its_first_noun():
    # "Both ministers thanked the United States": not one phrase up to "States"
    G = gk.extract(
        "Mirzoyan and Bayramov met in Washington. Both ministers thanked the United States."
    )
    assert ("mirzoyan", "usa", "support") in triples(G)


def test_leaders_ordering_their_own_ministers_order_no_state():
    G = gk.extract(
        "Pashinyan and Aliyev met in Brussels. The two leaders ordered their foreign ministers "
        "to begin work on a peace treaty between Yerevan and Baku."
    )
    assert not [t for t in triples(G) if t[2] == "demand"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'The EU said it was "deeply concerned" by the Azerbaijani offensive.',
            ("eu", "aze", "disapprove"),
        ),
        ('Azerbaijani troops "crossed" into Armenia, the ministry said.', ("aze", "arm", "occupy")),
    ],
)
def test_a_closing_quote_may_end_a_trigger_before_its_preposition(text, expected):
    assert expected in triples(gk.extract(text))


def test_the_gap_matcher_takes_an_optional_word_as_spacys_matcher_does():
    import spacy
    from spacy.matcher import Matcher

    from graphlib_kb.extract.gapmatcher import GapMatcher

    nlp = spacy.blank("en")
    pattern = [{"NORM": {"IN": ["concerned"]}}, {"NORM": {"IN": ['"']}, "OP": "?"}, {"NORM": "by"}]
    ours, theirs = GapMatcher(nlp.vocab), Matcher(nlp.vocab)
    ours.add("c", [pattern])
    theirs.add("c", [pattern])
    for text in ('was "deeply concerned" by it', "was concerned by it", 'was concerned " " by it'):
        doc = nlp(text)
        assert sorted(ours(doc)) == sorted(theirs(doc))


@pytest.mark.parametrize(
    "text",
    [
        "A statement by Armenia accused Azerbaijan of ethnic cleansing.",
        "A statement from the Armenian foreign ministry accused Azerbaijan of shelling Jermuk.",
    ],
)
def test_a_document_by_someone_speaks_for_its_author(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[0] == "arm" and t[1] == "aze" and t[2].startswith("accuse")]


def test_a_person_before_a_headlines_colon_is_its_speaker():
    G = gk.extract("Pashinyan: Azerbaijan attacked Armenian positions")
    assert ("pashinyan", "aze", "accuse_aggression", "alleged") in edges(G)
    assert ("aze", "arm", "attack", "alleged") in edges(G)


def test_a_country_before_a_colon_is_a_topic_not_a_speaker():
    G = gk.extract("Armenia: Azerbaijan attacked Armenian positions")
    assert ("aze", "arm", "attack", "asserted") in edges(G)
    assert not [e for e in edges(G) if e[2].startswith("accuse")]


# ---- round 28: trilateral talks and truces read before the text names its pair, titles ----

WAR_2020 = "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 2020. "


def test_trilateral_talks_in_a_headline_are_read_again_with_the_later_pair():
    G = gk.extract(
        "Trilateral talks between Putin, Aliyev and Pashinyan lasted four hours\n\n"
        "Azerbaijan and Armenia fought a war over Nagorno-Karabakh in 2020."
    )
    found = edges(G)
    assert ("putin", "aliyev", "mediate", "asserted") in found
    assert ("putin", "pashinyan", "mediate", "asserted") in found
    assert not [e for e in found if e[2] == "meet" and "putin" in e[:2]]


def test_trilateral_talks_with_only_a_named_pair_later_stay_a_meeting():
    # a pair merely named together ("Russia and Armenia") is no guide to who mediates
    G = gk.extract(
        "Trilateral talks between Putin, Aliyev and Pashinyan lasted four hours\n\n"
        "Russia and Armenia signed a trade agreement."
    )
    assert not [e for e in edges(G) if e[2] == "mediate"]


def test_a_truce_brokered_before_the_pair_is_named_gets_the_pair_set_later():
    G = gk.extract(
        "A truce brokered by Russia halted the violence.\n\n"
        "Armenia and Azerbaijan fought a war over Nagorno-Karabakh."
    )
    found = triples(G)
    assert ("rus", "arm", "mediate") in found and ("rus", "aze", "mediate") in found
    rel = gk.relations_table(G)
    row = rel[(rel.source == "rus") & (rel.target == "arm") & (rel.type == "mediate")].iloc[0]
    assert sorted(row["between"]) == ["arm", "aze"]


def test_a_truce_brokered_in_a_text_with_no_pair_is_left_out():
    found = triples(gk.extract("A truce brokered by Russia halted the violence.", allow_empty=True))
    assert not [t for t in found if t[2] == "mediate"]


def test_a_truce_brokered_by_one_of_the_later_pair_is_no_mediation():
    G = gk.extract(
        "A truce brokered by Armenia halted the violence.\n\n"
        "Armenia and Azerbaijan fought a war over Nagorno-Karabakh."
    )
    assert not [t for t in triples(G) if t[2] == "mediate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijani President Ilham Aliyev, Russian President Vladimir Putin and Armenian Prime "
        "Minister Nikol Pashinyan attend trilateral talks in Sochi.",
        "The talks followed Aliyev's and Pashinyan's trilateral meeting with Russian President "
        "Vladimir Putin in Sochi.",
    ],
)
def test_the_three_of_trilateral_talks_are_their_subjects_or_owners_and_partner(sentence):
    found = triples(gk.extract(WAR_2020 + sentence))
    mediations = {t for t in found if t[2] == "mediate"}
    assert mediations == {("putin", "aliyev", "mediate"), ("putin", "pashinyan", "mediate")}


def test_a_side_is_no_mediator_between_itself_and_the_other():
    found = triples(
        gk.extract(
            WAR_2020 + "An Armenian government statement on the trilateral meeting said Aliyev "
            "and Pashinyan agreed to continue the work."
        )
    )
    assert not [t for t in found if t[2] == "mediate"]
    assert ("aliyev", "pashinyan", "cooperate") in found


def test_a_possessor_inside_the_object_is_no_caller_in_a_during_phrase():
    found = triples(
        gk.extract(
            "President Emmanuel Macron of France reiterated his demand on respecting Armenia's "
            "territorial integrity during a phone call with Azerbaijani President Ilham Aliyev."
        )
    )
    assert ("macron", "aliyev", "consult") in found
    assert not [t for t in found if t[2] == "consult" and "arm" in t[:2]]


def test_the_possessive_subject_of_a_clause_still_calls_in_a_during_phrase():
    found = triples(
        extract_holders(
            "Armenia's foreign minister raised the issue during a phone call with Russian "
            "Foreign Minister Sergei Lavrov."
        )
    )
    assert ("mirzoyan", "lavrov", "consult") in found


@pytest.mark.parametrize(
    "text, person",
    [
        ("British Minister of State Leo Docherty met President Ilham Aliyev.", "docherty"),
        ("British Minister for Europe Leo Docherty met President Ilham Aliyev.", "docherty"),
        (
            "The British Minister of State for the European Region Leo Docherty met President "
            "Ilham Aliyev.",
            "docherty",
        ),
        (
            "US Assistant Secretary for European and Eurasian Affairs John Smith met President "
            "Ilham Aliyev.",
            "smith",
        ),
    ],
)
def test_a_title_with_a_portfolio_still_names_its_holder(text, person):
    G = gk.extract(text)
    assert (person, "aliyev", "meet") in triples(G)
    assert G.nodes[person]["kind"] == "person"


def test_a_portfolio_with_no_name_after_it_names_no_person():
    G = gk.extract("The EU Special Representative for the South Caucasus Region met Aliyev.")
    assert not [n for n, d in G.nodes(data=True) if d.get("kind") == "person" and n != "aliyev"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor called on citizens to stay away from the conflict zone.",
        "The UN urged the international community to help end the conflict.",
    ],
)
def test_an_appeal_to_named_others_is_no_appeal_to_the_parties(sentence):
    found = triples(gk.extract(WAR_2020 + sentence))
    assert not [t for t in found if t[2] == "appeal"]


def test_an_appeal_with_no_addressee_still_goes_to_the_parties():
    found = triples(gk.extract(WAR_2020 + "Iran called for restraint."))
    assert ("irn", "arm", "appeal") in found and ("irn", "aze", "appeal") in found


def test_threats_made_of_an_attack_are_a_threat_not_an_attack():
    found = triples(gk.extract("Aliyev made fresh threats of military action against Armenia."))
    assert ("aliyev", "arm", "threaten") in found
    assert not [t for t in found if t[2] == "attack"]


def test_the_threat_of_war_is_a_risk_not_a_threat_made():
    G = gk.extract("The threat of war against Armenia is real, Azerbaijan said.", allow_empty=True)
    found = triples(G)
    assert not [t for t in found if t[2] in ("threaten", "war")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Azerbaijan is preparing the ground for its attack against Armenia," Pashinyan said.',
        "Azerbaijan is preparing for a new offensive against Armenia.",
    ],
)
def test_an_attack_prepared_for_is_not_done(sentence):
    found = edges(gk.extract(sentence, allow_empty=True))
    assert not [e for e in found if e[2] == "attack" and e[3] in ("asserted", "alleged")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia is a partner of the Netherlands.", ("arm", "nld", "cooperate")),
        ("Armenia is a long-standing partner of the United States.", ("arm", "usa", "cooperate")),
    ],
)
def test_a_partner_of_a_name_with_its_article(text, expected):
    assert expected in triples(gk.extract(text))


def test_the_article_is_no_partner_gap_for_a_meeting_of_others():
    found = triples(
        gk.extract(
            "Miller commented on the meeting of the foreign ministers of Armenia, Russia and "
            "Iran in Tehran.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[0] == "miller" or t[1] == "miller"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Baku reported a new attack from Armenia.", ("aze", "arm", "accuse_aggression")),
        ("Armenia repelled an attack from Azerbaijan on its positions.", ("aze", "arm", "attack")),
    ],
)
def test_an_attack_from_a_state_is_that_states(text, expected):
    assert expected in triples(gk.extract(text))


def test_an_attack_from_a_territory_names_where_not_who():
    G = gk.extract(
        "An attack from Nagorno-Karabakh killed two Azerbaijani soldiers.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "attack" and t[0] == "nagorno_karabakh"]


# ---- round 28, review: near misses a helper wrote for this round's readings ----


def test_an_appeal_to_everyone_in_a_fight_is_to_its_parties():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan exchanged fire. Michel called on everyone to show restraint."
        )
    )
    assert ("michel", "arm", "appeal") in found and ("michel", "aze", "appeal") in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia is not an ally of Azerbaijan.",
        "Azerbaijan is no longer an ally of the Russian Federation, Aliyev said.",
    ],
)
def test_a_negated_alliance_is_none(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "cooperate"]


def test_the_subject_of_a_negated_alliance_still_does_the_next_verb():
    found = triples(
        gk.extract("The US is not an ally of Azerbaijan, but has sold weapons to Baku.")
    )
    assert ("usa", "aze", "military_aid") in found
    assert ("usa", "aze", "cooperate") not in found


@pytest.mark.parametrize(
    "text, undone",
    [
        ("Russia invited Armenia to join the war against Ukraine.", ("arm", "ukr", "war")),
        (
            "The EU invited Armenia to join the sanctions against Russia.",
            ("arm", "rus", "sanction"),
        ),
        ("Russia invited Armenia to join in attacking Ukraine.", ("arm", "ukr", "attack")),
        ("Russia invited Armenia to take part in the war against Ukraine.", ("arm", "ukr", "war")),
    ],
)
def test_an_act_one_is_invited_to_join_is_not_done(text, undone):
    assert undone not in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, caller",
    [
        (
            "Blinken reiterated US support for Armenia's sovereignty during a phone call with "
            "Pashinyan.",
            "blinken",
        ),
        ("Macron condemned Azerbaijan's offensive during a phone call with Pashinyan.", "macron"),
    ],
)
def test_the_clause_subject_makes_the_call_of_its_during_phrase(text, caller):
    found = triples(gk.extract(text))
    assert (caller, "pashinyan", "consult") in found
    assert not [t for t in found if t[2] == "consult" and caller not in t[:2]]


def test_a_speaker_after_the_verb_still_visits_in_a_during_phrase():
    found = triples(
        gk.extract(
            '"We see no reply," complained Armenian Foreign Minister Ararat Mirzoyan during a '
            "visit to Estonia."
        )
    )
    assert ("mirzoyan", "est", "consult") in found


@pytest.mark.parametrize(
    "text, threatened",
    [
        (
            "Russian Deputy Foreign Minister Mikhail Galuzin warned last week that Yerevan "
            "could ruin its military ties with Moscow.",
            ("galuzin", "arm", "threaten"),
        ),
        (
            "Pashinyan warned that Azerbaijan would bear responsibility for the consequences.",
            ("pashinyan", "aze", "threaten"),
        ),
    ],
)
def test_a_warning_of_consequences_threatens_who_would_suffer_them(text, threatened):
    assert threatened in triples(gk.extract(text))


def test_a_warning_of_what_someone_may_do_threatens_no_one():
    found = triples(
        gk.extract(
            "Mirzoyan warned that Azerbaijan may be planning to invade Armenia.", allow_empty=True
        )
    )
    assert not [t for t in found if t[2] == "threaten"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan is preparing a new attack on Armenia, Pashinyan warned.",
        "Azerbaijan is preparing to attack Armenia, Pashinyan said.",
    ],
)
def test_an_attack_being_prepared_is_not_done(sentence):
    found = edges(gk.extract(sentence, allow_empty=True))
    assert not [e for e in found if e[2] == "attack" and e[3] in ("asserted", "alleged")]


def test_three_attending_trilateral_talks_meet_and_are_read_again_with_the_pair():
    talks = "Putin, Aliyev and Pashinyan attended trilateral talks in Sochi."
    assert ("putin", "aliyev", "meet") in triples(gk.extract(talks))
    later = triples(gk.extract(talks + " Armenia and Azerbaijan fought a war in 2020."))
    assert ("putin", "aliyev", "mediate") in later and ("putin", "pashinyan", "mediate") in later


@pytest.mark.parametrize(
    "text, person",
    [
        ("Irina Yolyan, mayor of Goris, met Aliyev in Baku.", "yolyan"),
        (
            "Leo Docherty, Minister of State for the European Region, met Aliyev in Baku.",
            "docherty",
        ),
    ],
)
def test_a_place_ending_an_apposition_is_not_the_subject(text, person):
    assert (person, "aliyev", "meet") in triples(gk.extract(text))


def test_an_agent_before_a_comma_still_leads_the_phrase_after_it():
    found = triples(
        gk.extract("Measures were taken by Russia, in agreement with Armenia and Azerbaijan.")
    )
    assert ("rus", "arm", "cooperate") in found and ("rus", "aze", "cooperate") in found


def test_support_for_a_demonyms_territorial_integrity_is_for_its_state():
    found = triples(
        gk.extract("Germany voiced support for the Armenian territorial integrity and sovereignty.")
    )
    assert ("deu", "arm", "support") in found


# ---- round 28, second review ----


@pytest.mark.parametrize(
    "text",
    [
        "Russia is not only an ally of Armenia but also its main trading partner.",
        "Turkey is no longer just an ally of Azerbaijan, it is a brother, Erdogan said.",
    ],
)
def test_not_only_an_ally_is_still_an_ally(text):
    assert [t for t in triples(gk.extract(text)) if t[2] == "cooperate"]


def test_a_refused_invitation_is_a_rejection_of_the_inviter():
    found = triples(
        gk.extract("Aliyev invited Pashinyan to sign the peace deal, but Pashinyan refused.")
    )
    assert ("pashinyan", "aliyev", "reject") in found


@pytest.mark.parametrize(
    "text, caller, partner",
    [
        (
            "Erdogan stressed Turkey's solidarity with Azerbaijan in a phone call with Aliyev.",
            "erdogan",
            "aliyev",
        ),
        (
            "Blinken reiterated American support for Armenia in a phone call with Pashinyan.",
            "blinken",
            "pashinyan",
        ),
        (
            "Lavrov stressed Russia's commitment to Armenia's security during a phone call with "
            "Mirzoyan.",
            "lavrov",
            "mirzoyan",
        ),
    ],
)
def test_the_speaker_makes_the_call_of_an_in_a_or_during_phrase(text, caller, partner):
    found = triples(gk.extract(text))
    assert (caller, partner, "consult") in found
    assert not [t for t in found if t[2] == "consult" and caller not in t[:2]]


def test_a_speaker_at_a_joint_press_conference_meets_the_one_beside_them():
    found = triples(
        gk.extract(
            "French Foreign Minister Catherine Colonna said at a joint press conference alongside "
            "Armenian Foreign Minister Ararat Mirzoyan in Yerevan that France supports Armenia."
        )
    )
    assert ("colonna", "mirzoyan", "meet") in found
    assert ("colonna", "arm", "support") in found  # her stance (round 31)


@pytest.mark.parametrize(
    "text, holder, land",
    [
        ("Azerbaijan recaptured Kalbajar from Armenia.", "arm", "kalbajar"),
        ("Azerbaijan took control of Shusha from Armenian forces.", "arm", "shusha"),
        (
            "Azerbaijan recaptured Nagorno-Karabakh from Armenian separatists last year.",
            "separatists",
            "nagorno_karabakh",
        ),
        (
            "Azerbaijan seized Nagorno-Karabakh from ethnic Armenian control.",
            "separatists",
            "nagorno_karabakh",
        ),
    ],
)
def test_land_taken_from_someone_was_theirs_before(text, holder, land):
    assert (holder, land, "control", "historical") in edges(gk.extract(text))


def test_land_taken_from_a_direction_names_no_holder():
    found = edges(gk.extract("Azerbaijan seized Lachin from the north.", allow_empty=True))
    assert not [e for e in found if e[3] == "historical"]


def test_the_armed_forces_of_a_state_withdrawn_from_land_occupy_it():
    found = edges(
        gk.extract(
            "Aliyev said the armed forces of Armenia must be withdrawn from the territories of "
            "Azerbaijan."
        )
    )
    assert ("arm", "aze", "occupy", "alleged") in found


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Azerbaijani security forces detained the former commander of the Artsakh army, "
            "Lieutenant General Levon Mnatsakanyan.",
            "levon_mnatsakanyan",
        ),
        (
            "Azerbaijan detained the leader of the separatists, Ruben Vardanyan, on Wednesday.",
            "vardanyan",
        ),
    ],
)
def test_the_person_apposed_to_a_post_is_the_object(text, person):
    found = triples(gk.extract(text))
    assert ("aze", person, "coerce") in found
    assert ("aze", "separatists", "coerce") not in found


# ---- round 28, third review ----


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov criticized Pashinyan at a press conference alongside Bayramov.",
        "Lavrov praised Mirzoyan at a joint press conference alongside Bayramov.",
    ],
)
def test_an_object_before_a_press_conference_phrase_is_not_its_speaker(text):
    found = triples(gk.extract(text))
    assert ("lavrov", "bayramov", "meet") in found
    assert not [t for t in found if t[2] == "meet" and "lavrov" not in t[:2]]


def test_a_subject_after_an_opening_phrase_still_holds_the_press_conference():
    found = triples(
        gk.extract(
            "Prior to the trilateral meeting Aliyev spoke in a joint press conference with NATO "
            "Secretary General Jens Stoltenberg."
        )
    )
    assert ("aliyev", "stoltenberg", "meet") in found


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Azerbaijani forces launched an attack from Turkish territory, Armenia said.", "tur"),
        (
            "Azerbaijani forces launched an attack from Russia's peacekeepers' zone, Armenia said.",
            "rus",
        ),
    ],
)
def test_where_a_named_attacker_launched_from_is_not_the_attacker(text, wrong):
    found = triples(gk.extract(text))
    assert ("arm", "aze", "accuse_aggression") in found
    assert not [t for t in found if t[1].startswith(wrong) and t[2].startswith("accuse")]


def test_shelling_from_a_states_territory_is_that_states():
    found = triples(
        gk.extract(
            "The Armenian Defense Ministry denied Azerbaijan's reports of shelling from the "
            "Armenian territory."
        )
    )
    assert ("aze", "arm", "accuse_aggression") in found


def test_land_recaptured_from_a_states_soil_names_no_holder():
    found = edges(
        gk.extract("Azerbaijani forces recaptured Fuzuli from Armenian soil, Baku claimed.")
    )
    assert not [e for e in found if e[3] == "historical"]


# ---- round 29: foretold attacks, brokers named together, postponed trilateral meetings ----


@pytest.mark.parametrize(
    "text",
    [
        "Armenia warned that Azerbaijan could attack Syunik.",
        "Aliyev warned that Azerbaijan may attack Armenia if talks fail.",
        "The Armenian Foreign Ministry warned that Baku might launch a new war against Armenia.",
        "Iran warned that Azerbaijan may try to seize Syunik.",
    ],
)
def test_a_warning_that_an_attack_may_come_is_no_attack(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("attack", "war", "occupy")]


def test_a_warning_of_an_attack_done_keeps_the_attack():
    found = triples(
        gk.extract("Armenia warned on Monday that Azerbaijani forces had shelled Jermuk.")
    )
    assert ("aze", "arm", "attack") in found


def test_two_brokers_named_before_the_pair_mediate_between_it():
    found = triples(
        gk.extract(
            "A truce brokered by Russia and Turkey collapsed within hours. Armenia and "
            "Azerbaijan traded fire."
        )
    )
    for broker in ("rus", "tur"):
        assert (broker, "arm", "mediate") in found
        assert (broker, "aze", "mediate") in found
    assert not [t for t in found if set(t[:2]) == {"rus", "tur"}]


@pytest.mark.parametrize(
    "text",
    [
        "A planned trilateral meeting between Michel, Aliyev and Pashinyan in Brussels was "
        "postponed.",
        "The meeting between Bayramov, Mirzoyan and Blinken was cancelled.",
    ],
)
def test_a_postponed_meeting_of_three_did_not_happen(text):
    assert triples(gk.extract(text, allow_empty=True)) == []


def test_a_meeting_of_three_held_after_a_postponement_happened():
    found = triples(
        gk.extract(
            "Michel hosted a trilateral meeting with Aliyev and Pashinyan that had been "
            "postponed in May."
        )
    )
    assert ("michel", "aliyev", "mediate") in found


@pytest.mark.parametrize(
    "text, person",
    [
        ("The mayor of Goris, Arush Arushanyan, condemned Azerbaijan.", "arushanyan"),
        (
            "The mayor of Jermuk, Vardan Hovhannisyan, condemned the Azerbaijani shelling of "
            "the town.",
            "hovhannisyan",
        ),
    ],
)
def test_the_official_of_a_town_named_in_apposition_is_a_person_of_its_state(text, person):
    G = gk.extract(text)
    assert (person, "aze", "criticize") in triples(G)
    assert G.nodes[person]["parent"] == "arm"


def test_a_title_of_a_place_and_a_name_in_apposition_say_what_follows():
    found = edges(
        gk.extract(
            "The governor of Syunik, Robert Ghukasyan, said Azerbaijani forces shelled Armenian "
            "positions."
        )
    )
    assert ("ghukasyan", "aze", "accuse_aggression", "alleged") in found
    assert ("aze", "arm", "attack", "alleged") in found


@pytest.mark.parametrize(
    "text",
    [
        "Illegal Armenian armed detachments attacked Azerbaijani positions.",
        "Armenian armed groups attacked Azerbaijani positions in Karabakh.",
        "Azerbaijan's Defence Ministry accused illegal Armenian armed groups of firing at its "
        "positions.",
    ],
)
def test_illegal_armenian_armed_groups_are_the_separatists(text):
    G = gk.extract(text)
    assert [e for e in triples(G) if "separatists" in e[:2]]
    assert not [e for e in triples(G) if "arm" in e[:2]]


def test_armenian_armed_formations_stay_armenias():
    found = triples(gk.extract("Armenian armed formations attacked Azerbaijani positions."))
    assert found == [("arm", "aze", "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in an Azerbaijani army attack on Armenian positions.",
        "Two soldiers were killed in Azerbaijani drone strikes on Armenian positions.",
    ],
)
def test_a_sides_arm_before_an_attack_noun_is_the_attacker(text):
    assert ("aze", "arm", "attack") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani troops fired shots at Armenian positions near Tegh.",
        "Azerbaijani troops fired small arms at Armenian positions near Tegh.",
        "Azerbaijani troops fired mortar rounds at Armenian positions near Tegh.",
    ],
)
def test_firing_weapons_at_positions_is_an_attack(text):
    assert ("aze", "arm", "attack") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's membership of the CSTO has not deterred Azerbaijan.",
        "Pashinyan questioned Armenia's membership of the CSTO.",
    ],
)
def test_membership_of_a_bloc_is_membership(text):
    assert ("arm", "csto", "member_of") in triples(gk.extract(text))


def test_a_denial_of_remarks_answers_the_critic_who_made_them():
    found = triples(
        gk.extract(
            "Pelosi condemned Azerbaijani attacks on Armenia. Azerbaijan's Foreign Ministry "
            "rejected her remarks as unfounded accusations."
        )
    )
    assert ("aze", "pelosi", "deny") in found


def test_a_spokesman_rejects_criticism_of_his_state():
    found = triples(
        gk.extract(
            "Pashinyan criticised Russia. Kremlin spokesman Dmitry Peskov rejected the criticism."
        )
    )
    assert ("peskov", "pashinyan", "reject") in found


def test_a_spokesman_denies_a_charge_made_against_his_state():
    G = gk.extract(
        "Armenia accused Baku of blocking the road. Azerbaijan's spokesman Aykhan Hajizada "
        "denied that the road was blocked."
    )
    assert [e for e in triples(G) if e[1] == "arm" and e[2] == "deny"]


def test_a_body_named_before_its_mediators_from_states_has_them_as_members():
    found = triples(
        gk.extract(
            "The OSCE Minsk Group mediators from Russia, France and the United States "
            "condemned attacks on civilians."
        )
    )
    for state in ("rus", "fra", "usa"):
        assert (state, "minsk_group", "member_of") in found
    assert not [t for t in found if t[2] == "mediate"]


def test_the_un_court_is_the_icj():
    found = triples(gk.extract("UN court orders Azerbaijan to keep Lachin corridor open"))
    assert ("icj", "aze", "demand") in found


def test_a_meeting_requested_by_a_state_is_no_appeal_to_the_parties():
    found = triples(
        gk.extract(
            "The Security Council called on Armenia and Azerbaijan to stop fighting, at a "
            "meeting requested by France."
        )
    )
    assert ("un_security_council", "arm", "appeal") in found
    assert not [t for t in found if t[0] == "fra"]


def test_a_demonym_before_a_quoted_noun_qualifies_it():
    found = triples(gk.extract("Pelosi condemns Azerbaijani 'attacks' on Armenia"))
    assert ("pelosi", "aze", "criticize") in found
    assert ("aze", "arm", "attack") in found
    assert not [t for t in found if t[:2] == ("pelosi", "arm")]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Iran held talks, after Iran staged war games near the border.",
        "Armenia and Azerbaijan signed a deal. War veterans protested in Baku.",
    ],
)
def test_war_games_and_war_veterans_are_no_war(text):
    assert not [t for t in triples(gk.extract(text)) if t[2] == "war"]


def test_inviting_leaders_back_is_no_backing():
    found = triples(
        gk.extract(
            "Michel hosted Aliyev and Pashinyan in Brussels. Michel said he would invite both "
            "men back to Brussels in July."
        )
    )
    assert not [t for t in found if t[2] == "support"]
    assert ("tur", "aze", "support") in triples(gk.extract("Turkey will back Azerbaijan."))


def test_handing_villages_back_is_a_concession():
    found = triples(gk.extract("Armenia hands four villages back to Azerbaijan in border deal"))
    assert ("arm", "aze", "concede") in found


@pytest.mark.parametrize(
    "text, place",
    [
        ("Azerbaijan took back Kalbajar in November 2020.", "kalbajar"),
        ("Azerbaijan said its troops had taken back Jabrayil.", "jabrayil"),
    ],
)
def test_taking_land_back_is_control(text, place):
    assert ("aze", place, "control") in triples(gk.extract(text, date="2023-06-01"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Baku still insists that Armenia change its constitution.", ("aze", "arm", "demand")),
        ("Armenia insisted that Azerbaijan return all prisoners.", ("arm", "aze", "demand")),
    ],
)
def test_insisting_that_someone_act_is_a_demand(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's Defence Ministry insisted that Azerbaijan was observing the cease-fire.",
        "Armenia insisted that Azerbaijan started the fighting.",
    ],
)
def test_insisting_that_something_is_so_is_no_demand(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "demand"]


def test_insisting_that_someone_attacked_is_still_an_accusation():
    found = triples(gk.extract("Armenia insisted that Azerbaijani forces shelled Jermuk."))
    assert ("arm", "aze", "accuse_aggression") in found


def test_a_passive_with_an_adverb_before_its_participle_is_still_passive():
    found = triples(gk.extract("Six Armenian soldiers were still held by Azerbaijan."))
    assert ("aze", "arm", "coerce") in found


def test_units_deployed_somewhere_are_their_own_states():
    found = edges(
        gk.extract(
            "Azerbaijan said Armenian army units were still deployed in Karabakh in violation "
            "of the statement."
        )
    )
    assert ("aze", "arm", "accuse", "alleged") in found


@pytest.mark.parametrize(
    "text",
    [
        "Syrian mercenaries were fighting for Azerbaijan, Pashinyan said.",
        "Russia fought for Armenia in the 1990s.",
    ],
)
def test_fighting_for_a_side_names_no_enemy(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "war"]


def test_fighting_for_control_still_names_the_enemies():
    found = triples(gk.extract("Armenia and Azerbaijan fought for control of Karabakh."))
    assert ("arm", "aze", "war") in found


def test_sending_fighters_to_fight_for_a_side_is_still_aid():
    found = triples(
        gk.extract("Armenia accused Turkey of sending Syrian mercenaries to fight for Azerbaijan.")
    )
    assert ("tur", "aze", "military_aid") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Spokeswoman Shushan Stepanyan said Azerbaijani artillery had pounded Armenian "
            "positions.",
            ("aze", "arm", "attack"),
        ),
        (
            "The Azerbaijani side said Armenian troops had fired first. Pashinyan rejected the "
            "Azerbaijani version.",
            ("pashinyan", "aze", "deny"),
        ),
        (
            "Armenian Defence Ministry spokeswoman Shushan Stepanyan rejected Baku's account as "
            "false.",
            ("stepanyan_shushan", "aze", "deny"),
        ),
    ],
)
def test_pounding_and_rejected_versions(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan finished negotiating the text of a peace treaty. Turkey welcomed "
        "the announcement as a historic step.",
        "Armenian and Azerbaijani officials held talks in Almaty. Turkey welcomed the talks.",
    ],
)
def test_welcoming_the_pairs_talks_or_announcement_supports_both(text):
    found = triples(gk.extract(text))
    assert ("tur", "arm", "support") in found
    assert ("tur", "aze", "support") in found


def test_handing_over_minefield_maps_is_a_concession_and_its_facilitators_mediate():
    found = triples(
        gk.extract(
            "In June 2021 Armenia gave Azerbaijan maps of mines in exchange for 15 detained "
            "Armenians, in a deal facilitated by the United States and Georgia.",
            date="2023-06-01",
        )
    )
    assert ("arm", "aze", "concede") in found
    for broker in ("usa", "geo"):
        assert (broker, "arm", "mediate") in found
        assert (broker, "aze", "mediate") in found


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "Armenia accused Azerbaijan of shelling its positions. Tensions have stayed high "
            "since the 2020 war.",
            "war",
        ),
        (
            "Armenia accused Azerbaijan of shelling. Azerbaijan regained the districts it lost "
            "in the war of the early 1990s.",
            "war",
        ),
        (
            "Armenia accused Azerbaijan of shelling. Baku said the attack broke the November "
            "2020 ceasefire statement.",
            "ceasefire",
        ),
    ],
)
def test_the_conflicts_named_war_or_truce_is_the_pairs_of_the_text(text, kind):
    found = edges(gk.extract(text, date="2023-06-01"))
    assert [e for e in found if set(e[:2]) == {"arm", "aze"} and e[2:] == (kind, "historical")]


@pytest.mark.parametrize(
    "text",
    [
        # (round 30: a text that names Armenia or Azerbaijan is enough, whoever else it sets
        # against each other; a text that names neither is about another war)
        "Ethiopia and Eritrea signed a deal. Relations were strained after the 2020 war.",
        "France and Germany traded accusations. Paris has backed Kyiv since the 2020 war.",
    ],
)
def test_a_named_war_needs_armenia_or_azerbaijan_named(text):
    found = triples(gk.extract(text, date="2023-06-01"))
    assert not [t for t in found if t[2] == "war"]


def test_the_one_told_is_no_doer_of_what_he_is_told():
    found = triples(
        gk.extract(
            "Pashinyan told Power that the exodus amounted to ethnic cleansing.", allow_empty=True
        )
    )
    assert not [t for t in found if t[0] == "power" or t[1] == "power"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Macron spoke twice to Pashinyan.", ("macron", "pashinyan", "consult")),
        ("Blinken spoke separately with Aliyev.", ("blinken", "aliyev", "consult")),
    ],
)
def test_speaking_again_or_separately_with_someone_is_a_consultation(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Washington had cancelled a series of high-level visits to Azerbaijan.",
        "Azerbaijan called off the talks with Armenia.",
    ],
)
def test_a_cancelled_visit_or_talks_did_not_happen(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("consult", "meet", "negotiate")]


def test_a_meeting_after_a_cancelled_one_happened():
    found = triples(gk.extract("After Baku postponed the summit, Aliyev met Putin in Moscow."))
    assert ("aliyev", "putin", "meet") in found


def test_what_a_state_calls_a_place_is_a_name_not_a_call():
    found = triples(
        gk.extract(
            "Bako Sahakyan was arrested a day earlier in Stepanakert, which Azerbaijan calls "
            "Khankendi.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[2] == "consult"]


# ---- round 29, review: near misses a helper wrote for this round's readings ----


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan accused Armenia of provocations. Pashinyan warned that a new Karabakh war "
        "would be a disaster.",
        "Armenia accused Azerbaijan of shelling Sotk. Putin marked the anniversary of victory "
        "in the Great Patriotic War.",
        "Armenia accused Azerbaijan of shelling. Pashinyan said Armenia could not afford a "
        "second war.",
        "Azerbaijan accused Armenia of shelling its positions. Turkish-made drones were also "
        "used in the 2020 war in Tigray.",
        "Armenia accused Azerbaijan of shelling its positions. The March 2020 ceasefire in "
        "Idlib has largely held.",
        "Azerbaijan accused Armenia of provocations. The 2020 statement of the G7 on climate "
        "change was praised by Baku.",
    ],
)
def test_other_or_future_wars_and_truces_are_not_the_conflicts(text):
    found = edges(gk.extract(text, date="2023-06-01"))
    assert not [e for e in found if e[3] == "historical" and e[2] in ("war", "ceasefire")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian peacekeepers provided maps of the area to ICRC staff.",
        "Azerbaijan gave Armenia a map of the proposed border during the talks.",
    ],
)
def test_maps_other_than_of_minefields_are_no_concession(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "concede"]


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan took back his words about Karabakh after criticism from Baku.",
        "Azerbaijan won back Karabakh's trust in its economy, Aliyev said.",
    ],
)
def test_taking_back_words_or_trust_is_no_control(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "control"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia insisted that its peacekeepers remain in Karabakh until 2025.",
        "Baku insisted that Armenia should have accepted the deal in 2019.",
    ],
)
def test_insisting_on_ones_own_or_on_the_past_is_no_demand(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "demand"]


def test_illegal_armed_groups_in_karabakh_are_the_separatists():
    found = triples(
        gk.extract("Azerbaijan accused Armenia of supporting illegal armed groups in Karabakh.")
    )
    assert ("arm", "separatists", "support") in found


def test_rejecting_a_sides_version_of_a_draft_is_no_denial():
    found = triples(
        gk.extract(
            "Azerbaijan rejected the Armenian version of the draft peace treaty.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[2] == "deny"]


def test_a_border_closed_in_solidarity_with_a_state_is_not_closed_on_it():
    found = triples(
        gk.extract(
            "Turkiye closed the land border in 1993 in solidarity with Azerbaijan during the "
            "first Karabakh war.",
            allow_empty=True,
        )
    )
    assert ("tur", "aze", "blockade") not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Azerbaijan released 17 Armenians.", ("aze", "arm", "concede")),
        ("Azerbaijan detained six Armenians near the border.", ("aze", "arm", "coerce")),
        ("Azerbaijan still holds dozens of Armenians.", ("aze", "arm", "coerce")),
        ("Armenia handed over two Azerbaijanis to Baku.", ("arm", "aze", "concede")),
    ],
)
def test_a_counted_few_of_a_people_are_its_states_nationals(text, expected):
    assert expected in triples(gk.extract(text))


def test_thousands_of_a_people_name_no_state():
    assert triples(gk.extract("Thousands of Armenians fled Karabakh.", allow_empty=True)) == []


def test_the_broker_of_the_conflicts_named_truce_mediates_between_its_sides():
    found = triples(
        gk.extract(
            "Zakharova accused the United States and the European Union of meddling. Moscow has "
            "kept its role since President Vladimir Putin brokered the November 10, 2020 "
            "statement that ended the 44-day war.",
            date="2023-06-01",
        )
    )
    assert {("putin", "arm", "mediate"), ("putin", "aze", "mediate")} <= set(found)
    assert not [t for t in found if t[2] in ("mediate", "war") and {"usa", "eu"} & set(t[:2])]


def test_the_1994_truce_is_between_the_states_not_todays_leaders():
    found = triples(
        gk.extract(
            "Aliyev and Pashinyan met in Prague. Some 30,000 people were killed in the war of "
            "the early 1990s, which ended with a ceasefire brokered by Russia in 1994.",
            date="2023-06-01",
        )
    )
    assert {("rus", "arm", "mediate"), ("rus", "aze", "mediate")} <= set(found)


def test_a_named_war_between_a_state_and_the_separatists_keeps_its_sides():
    found = triples(
        gk.extract("Azerbaijan and the separatists fought the 2020 war.", date="2023-06-01")
    )
    assert ("aze", "separatists", "war") in found


# ---- round 29, second review ----


def test_the_one_warned_does_the_gerund_after_that():
    found = triples(
        gk.extract("Russia warned Azerbaijan that attacking Armenia would have consequences.")
    )
    assert ("aze", "arm", "attack") in found
    assert ("rus", "arm", "attack") not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Brussels suspended funding to Baku at a meeting with Azerbaijani officials on Monday.",
            ("eu", "aze", "meet"),
        ),
        (
            "Pashinyan postponed the vote in parliament following talks with Aliyev in Brussels.",
            ("pashinyan", "aliyev", "consult"),
        ),
        (
            "The Kremlin, which Pashinyan called twice last week, said Russia would help.",
            ("pashinyan", "rus", "consult"),
        ),
    ],
)
def test_a_meeting_or_call_outside_what_was_cancelled_happened(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accused Azerbaijan of shelling. Baku regained most of the lost land in the "
        "2020 war in Nagorno-Karabakh.",
        "Armenia accused Azerbaijan of shelling. Relations have been frozen since the "
        "September 2020 war.",
        "Relations between Baku and Yerevan have been tense since the second war. Armenia "
        "accused Azerbaijan of shelling.",
    ],
)
def test_the_conflicts_war_named_with_its_place_month_or_order(text):
    found = edges(gk.extract(text, date="2023-06-01"))
    assert [e for e in found if set(e[:2]) == {"arm", "aze"} and e[2:] == ("war", "historical")]


def test_insisting_that_another_states_leader_act_is_a_demand():
    found = triples(
        extract_holders(
            "Aliyev insisted that his Armenian counterpart sign the peace treaty by the end of "
            "the year."
        )
    )
    assert ("aliyev", "pashinyan", "demand") in found


def test_a_sides_version_of_events_is_a_claim_denied():
    found = triples(
        gk.extract(
            "Baku rejected the Armenian version of events, saying its troops had not fired first."
        )
    )
    assert ("aze", "arm", "deny") in found


@pytest.mark.parametrize(
    "text",
    [
        "Several Armenians protested outside the Russian embassy in Yerevan.",
        "Aliyev received two Armenians who had come to Baku for a conference.",
    ],
)
def test_a_counted_few_doing_anything_else_are_not_their_state(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if "arm" in t[:2]]


# ---- round 29, last readings (from the first held-out articles) ----


def test_both_capitals_urged_by_a_pair_are_the_pair_named_before():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan agreed on the text of a peace treaty. The European Union and "
            "the United States welcomed the breakthrough and urged both capitals to sign "
            "without delay."
        )
    )
    assert {("eu", "arm", "appeal"), ("usa", "aze", "appeal")} <= set(found)
    assert not [t for t in found if set(t[:2]) == {"eu", "usa"}]


def test_a_meeting_without_any_mediator_has_none():
    found = triples(
        gk.extract(
            "Aliyev and Pashinyan held a bilateral meeting without any third-party mediator in "
            "Abu Dhabi."
        )
    )
    assert not [t for t in found if t[2] == "mediate"]


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE is winding down the Minsk Group, the mediation format of thirty years.",
        "Explainer: Why the OSCE is closing the Minsk Group after three decades",
    ],
)
def test_winding_down_or_closing_a_body_is_neither_attack_nor_blockade(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("attack", "blockade")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hajiyev accused Armenian forces of shelling Ganja, a charge the Armenian side "
            "rejected.",
            ("arm", "hajiyev", "deny"),
        ),
        (
            "Azerbaijan said Armenia shelled Ganja, a charge Yerevan dismissed as propaganda.",
            ("arm", "aze", "deny"),
        ),
        (
            "Lavrov accused the EU of meddling. EU spokesman Peter Stano rejected the accusation.",
            ("stano", "lavrov", "deny"),
        ),
    ],
)
def test_a_charge_dismissed_or_rejected_by_the_accused_is_denied(text, expected):
    assert expected in triples(gk.extract(text))


def test_dismissing_people_is_no_rejection():
    found = triples(gk.extract("Pashinyan dismissed the minister on Friday.", allow_empty=True))
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian peacekeepers killed in Karabakh as Aliyev apologises to Putin",
        "Jailed ex-Karabakh minister Vardanyan on hunger strike, accuses Baku of rigging his case",
    ],
)
def test_a_headlines_killed_and_a_hunger_strike_are_no_attack_by_them(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "attack"]


def test_killed_with_an_object_is_still_an_attack():
    found = triples(gk.extract("Azerbaijani drones killed two Armenian soldiers in Jermuk."))
    assert ("aze", "arm", "attack") in found


def test_welcoming_the_swap_supports_both_sides_of_it():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan exchanged prisoners on Wednesday. The United States and the "
            "European Union welcomed the swap."
        )
    )
    assert {("usa", "arm", "support"), ("eu", "aze", "support")} <= set(found)
    assert not [t for t in found if set(t[:2]) == {"usa", "eu"}]


# ---- round 30 ----


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan's Foreign Ministry said the blast happened in an area missing from the "
            "maps Armenia handed over, and accused Yerevan of hiding the mines.",
            ("aze", "arm", "accuse"),
        ),
        (
            "Azerbaijan said the blast hit a field the maps Armenia handed over left out, and "
            "demanded that Yerevan hand over all the maps.",
            ("aze", "arm", "demand"),
        ),
    ],
)
def test_a_charge_after_a_comma_and_a_reported_clause_is_the_reporters(text, expected):
    found = triples(gk.extract(text))
    assert expected in found
    assert not [t for t in found if t[0] == "arm" and t[2] in ("accuse", "demand")]


def test_an_act_coordinated_inside_the_reported_clause_stays_its_doers():
    found = triples(
        gk.extract("Azerbaijan said Armenian forces shelled the village and killed two civilians.")
    )
    assert ("aze", "arm", "accuse_aggression") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pashinyan said Baku was preparing new aggression against Armenia.",
            ("pashinyan", "aze", "accuse_aggression"),
        ),
        (
            "Armenia is preparing for a new war, Aliyev said.",
            ("aliyev", "arm", "accuse_aggression"),
        ),
        (
            "The Armenian Foreign Ministry said Azerbaijan was preparing the ground for new "
            "aggression against Armenia.",
            ("arm", "aze", "accuse_aggression"),
        ),
        ("Armenia is preparing to attack, Aliyev said.", ("aliyev", "arm", "accuse_aggression")),
    ],
)
def test_a_hostile_act_said_to_be_prepared_is_the_speakers_charge(text, expected):
    found = triples(gk.extract(text))
    assert expected in found
    assert not [t for t in found if t[2] in ("war", "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan said Azerbaijan was not preparing any attack.",
        "Pashinyan said Armenia was preparing new aggression.",
        "Armenia is prepared to attack if attacked, Pashinyan said.",
        "Azerbaijan was preparing new aggression against Armenia.",
    ],
)
def test_no_charge_of_preparing_when_denied_own_readiness_or_unreported(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "accuse_aggression"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mirzoyan demanded that Azerbaijan withdraw its troops from Armenian territory. "
            "Bayramov rejected the demand.",
            ("bayramov", "mirzoyan", "reject"),
        ),
        (
            "Armenia asked the CSTO for military help. The bloc turned down the request.",
            ("csto", "arm", "reject"),
        ),
        ("The CSTO rejected a request by Armenia for help.", ("csto", "arm", "reject")),
        (
            "Azerbaijan rejected Armenia's demand that it withdraw its troops.",
            ("aze", "arm", "reject"),
        ),
        (
            "Pashinyan rejected the Azerbaijani demand for a corridor.",
            ("pashinyan", "aze", "reject"),
        ),
    ],
)
def test_a_demand_or_request_rejected_answers_who_made_it(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_demand_rejected_with_no_one_who_made_it_gives_nothing():
    assert triples(gk.extract("Bayramov rejected the demand.", allow_empty=True)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lavrov criticised the EU's monitoring mission on Armenia's border.",
            ("lavrov", "euma", "criticize"),
        ),
        (
            "Baku criticised the European Union's civilian monitoring mission.",
            ("aze", "euma", "criticize"),
        ),
        (
            "The EU Mission in Armenia visited Sotk. Pashinyan praised the monitors.",
            ("pashinyan", "euma", "support"),
        ),
    ],
)
def test_the_eu_monitoring_mission_by_its_possessive_names_and_as_the_monitors(text, expected):
    found = triples(gk.extract(text))
    assert expected in found
    assert not [t for t in found if "eu" in t[:2]]


def test_the_monitors_with_no_mission_named_are_no_one():
    found = triples(gk.extract("Pashinyan praised the monitors.", allow_empty=True))
    assert found == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The European Union has given more than 30 million euros in humanitarian aid to the "
            "refugees from Nagorno-Karabakh.",
            ("eu", "nagorno_karabakh_population", "humanitarian_aid"),
        ),
        (
            "The ICRC distributed food parcels to the refugees from Nagorno-Karabakh.",
            ("icrc", "nagorno_karabakh_population", "humanitarian_aid"),
        ),
    ],
)
def test_humanitarian_aid_given_or_distributed(text, expected):
    assert expected in triples(gk.extract(text))


def test_assistance_given_is_not_humanitarian_aid():
    found = triples(
        gk.extract(
            'Russia will give Armenia "all necessary assistance" if the fighting spills onto '
            "Armenian territory, the Russian Foreign Ministry said.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[2] == "humanitarian_aid"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Opposition lawmakers accused Pashinyan of giving in to Baku.",
            ("arm_opposition", "pashinyan", "accuse"),
        ),
        (
            "Pashinyan accused the opposition of trying to seize power.",
            ("pashinyan", "arm_opposition", "accuse"),
        ),
        (
            "The Russian opposition criticised the Kremlin.",
            ("rus_opposition", "rus", "criticize"),
        ),
    ],
)
def test_an_opposition_is_the_states_whose_leader_it_faces(text, expected):
    assert expected in triples(gk.extract(text))


def test_opposition_to_a_plan_is_no_opposition_group():
    found = triples(gk.extract("Russia voiced opposition to the plan.", allow_empty=True))
    assert not [t for t in found if "opposition" in t[0] or "opposition" in t[1]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia denounced the checkpoint as a violation of the 2020 ceasefire statement. "
            "Azerbaijan said the move was lawful.",
            ("arm", "aze", "ceasefire"),
        ),
        (
            "Iran and Azerbaijan traded accusations. Their ties have soured since the 2020 war.",
            ("arm", "aze", "war"),
        ),
        (
            "Armenia and Azerbaijan held talks in Brussels. Under the trilateral statement of "
            "November 10, 2020, Russia deployed peacekeepers.",
            ("aze", "arm", "ceasefire"),
        ),
        (
            "Yerevan says Baku violates the November 10 trilateral statement.",
            ("arm", "aze", "ceasefire"),
        ),
        (
            "Azerbaijani troops entered Kalbajar, handed over by Armenia under the deal that "
            "ended six weeks of fighting.",
            ("arm", "aze", "ceasefire"),
        ),
    ],
)
def test_the_conflicts_named_truce_with_both_states_named(text, expected):
    found = {(a, b, t) for a, b, t in triples(gk.extract(text))}
    assert expected in found or (expected[1], expected[0], expected[2]) in found


def test_a_named_truce_with_neither_state_named_is_no_ones():
    found = triples(
        gk.extract(
            "France criticised Germany. Paris said the 2020 ceasefire statement was violated.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[2] == "ceasefire"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan and Armenia met in Brussels. The 1990s war ended with ethnic Armenian "
            "forces in control of Nagorno-Karabakh.",
            ("separatists", "nagorno_karabakh", "control"),
        ),
        (
            "Russia remains in control of the Lachin corridor.",
            ("rus", "lachin_corridor", "control"),
        ),
    ],
)
def test_in_control_of_a_territory(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan regained most of the territory around Nagorno-Karabakh in 2020.",
        "Azerbaijan took back the districts around the enclave.",
    ],
)
def test_the_districts_around_karabakh_by_more_of_their_names(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[:2] == ("aze", "surrounding_districts")]


def test_last_years_war_is_the_conflicts():
    found = triples(
        gk.extract("Azerbaijan and Armenia met. Baku regained the districts in last year's war.")
    )
    assert ("arm", "aze", "war") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia accused Azerbaijan of starving Karabakh. The nine-month blockade of the "
            "Lachin corridor ended in September.",
            ("aze", "lachin_corridor", "blockade"),
        ),
        (
            "Azerbaijan and Armenia met. Azerbaijan's blockade of the Lachin corridor continued.",
            ("aze", "lachin_corridor", "blockade"),
        ),
    ],
)
def test_the_conflicts_blockade_named_with_no_author_is_azerbaijans(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan denied that there was any blockade of the Lachin corridor.",
        "Israel maintains the blockade of Gaza. The blockade of Gaza continued.",
    ],
)
def test_no_named_blockade_when_denied_or_elsewhere(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[:3] == ("aze", "lachin_corridor", "blockade")]
    assert not [t for t in found if t[0] == "aze"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan evacuated its embassy in Tehran.",
        "Baku began evacuating its embassy in Tehran after the attack.",
        "Azerbaijan evacuated its diplomats from Iran.",
    ],
)
def test_an_embassy_evacuated_reduces_relations_with_its_host(text):
    found = triples(gk.extract(text))
    assert ("aze", "irn", "reduce_relations") in found
    assert not [t for t in found if t[2] == "humanitarian_aid"]


def test_people_evacuated_are_still_humanitarian_aid():
    found = triples(gk.extract("The ICRC evacuated 31 patients from Nagorno-Karabakh."))
    assert [t for t in found if t[:1] == ("icrc",) and t[2] == "humanitarian_aid"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan installed a checkpoint on the Lachin road. Armenia condemned the move.",
            ("arm", "aze", "criticize"),
        ),
        (
            "Azerbaijani security services detained Ruben Vardanyan. Armenia condemned the "
            "arrest as politically motivated.",
            ("arm", "aze", "criticize"),
        ),
        (
            "Azerbaijan installed a checkpoint on the Lachin road. The US said it was deeply "
            "concerned by the move.",
            ("usa", "aze", "disapprove"),
        ),
    ],
)
def test_a_move_or_arrest_judged_is_its_doers(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_move_welcomed_is_no_criticism():
    found = triples(gk.extract("Russia and Armenia signed a deal. The EU welcomed the move."))
    assert not [t for t in found if t[2] in ("criticize", "disapprove")]


# ---- round 30, review ----


@pytest.mark.parametrize(
    "text, unwanted",
    [
        (
            "Azerbaijan warned it could impose a blockade of Syunik if Yerevan refused to open "
            "the corridor.",
            "blockade",
        ),
        (
            "Armenian opposition supporters began a blockade of Yerevan's main avenues, "
            "demanding Pashinyan resign.",
            "blockade",
        ),
        (
            "Azerbaijan evacuated its diplomats from Khartoum as fighting raged in Sudan.",
            "reduce_relations",
        ),
        ("Armenia denied reports that it had evacuated its embassy in Tehran.", "reduce_relations"),
        (
            "Azerbaijan evacuated its embassy in Tehran temporarily as Israeli strikes hit the "
            "city.",
            "reduce_relations",
        ),
        (
            "Armenia and Azerbaijan fought a war that left ethnic Armenians in control of "
            "Karabakh.",
            "control",
        ),
        (
            "Azerbaijan and Turkey signed the November 2020 agreement on energy cooperation in "
            "Ankara.",
            "ceasefire",
        ),
        (
            "Pashinyan gave a speech on food security in Yerevan and criticised Azerbaijan.",
            "humanitarian_aid",
        ),
        ("Russia gave assurances on humanitarian access to Karabakh.", "humanitarian_aid"),
        (
            "Zakharova said the EU was preparing a report on the attack on Armenian villages.",
            "accuse_aggression",
        ),
        (
            "Pashinyan said Russian peacekeepers were preparing for a possible Azerbaijani "
            "attack on Stepanakert.",
            "accuse_aggression",
        ),
        (
            "Bayramov said Armenia was planning to launch a new railway link to Iran.",
            "accuse_aggression",
        ),
        (
            "Zakharova said Paris was preparing a new offensive of sanctions against Moscow.",
            "accuse_aggression",
        ),
    ],
)
def test_review_near_misses_of_the_round_30_readings(text, unwanted):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == unwanted]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mirzoyan said Bayramov had met Blinken on Monday, and accused Armenia of stalling "
            "the talks.",
            ("bayramov", "arm", "accuse"),
        ),
        (
            "Azerbaijan voiced opposition to the EU mission in Armenia.",
            ("aze", "euma", "disapprove"),
        ),
        (
            "Opposition leaders accused Aliyev of war crimes at a rally in Yerevan.",
            ("arm_opposition", "aliyev", "accuse_war_crimes"),
        ),
    ],
)
def test_review_readings_kept_beside_the_round_30_ones(text, expected):
    assert expected in triples(gk.extract(text))


def test_review_the_mission_is_not_the_eu_mission_named_before():
    found = triples(
        gk.extract(
            "EU monitors patrolled near Jermuk on Monday. Separately, the ICRC said its mission "
            "in Stepanakert would continue, and Azerbaijan welcomed the mission.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if "euma" in t[:2]]


# ---- round 30, second review ----


@pytest.mark.parametrize(
    "text, unwanted",
    [
        (
            "Ethiopia's 2020 war with Tigrayan forces displaced millions, Armenia's envoy told "
            "the UN Human Rights Council.",
            "war",
        ),
        (
            "The 1991 war to expel Iraq from Kuwait was a turning point, Azerbaijan's "
            "ambassador said.",
            "war",
        ),
        ("The oil price war in 2020 between Russia and Saudi Arabia hurt Azerbaijan.", "war"),
        (
            "Azerbaijan and Georgia issued the November 2020 statement on energy transit after "
            "talks in Tbilisi.",
            "ceasefire",
        ),
        (
            "The 17-year blockade of Gaza has crippled its economy, Azerbaijan's envoy said.",
            "blockade",
        ),
        (
            "Azerbaijan said the blockade of the Lachin corridor that eco-activists began in "
            "December was a civil protest, not state policy.",
            "blockade",
        ),
        (
            "Armenia is preparing for further attacks by Azerbaijan, Zakharova said.",
            "accuse_aggression",
        ),
        (
            "Zakharova said Armenia was preparing a war crimes case against Azerbaijan.",
            "accuse_aggression",
        ),
        ("Aliyev said Armenia was planning a war museum in Yerevan.", "accuse_aggression"),
        (
            "Peskov dismissed claims that Azerbaijan was preparing an offensive against Armenia.",
            "accuse_aggression",
        ),
        ("Azerbaijan evacuated its embassy in Tehran after the earthquake.", "reduce_relations"),
        (
            "Armenia evacuated citizens through its embassy in Beirut, the foreign ministry said.",
            "reduce_relations",
        ),
        (
            "Azerbaijan closed the Lachin road in December. Armenia's parliament then voted to "
            "ratify the Rome Statute, and Moscow condemned the step.",
            "criticize",
        ),
    ],
)
def test_review2_near_misses_of_the_round_30_readings(text, unwanted):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == unwanted]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In Moscow, the opposition accused Pashinyan of selling out Karabakh.",
            ("arm_opposition", "pashinyan", "accuse"),
        ),
        (
            "EU monitors deployed along the border. UN monitors later visited Karabakh, and Baku "
            "welcomed the monitors.",
            ("aze", "un", "support"),
        ),
        (
            "Azerbaijani forces, now in control of Stepanakert, raised their flag over the "
            "parliament.",
            ("aze", "nagorno_karabakh", "control"),
        ),
        (
            "Armenia and Azerbaijan met. Ethnic Armenian forces have held the region since the "
            "1991-94 war.",
            ("arm", "aze", "war"),
        ),
    ],
)
def test_review2_readings_that_should_hold(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan took full control of Karabakh in September 2023, ending three decades of "
        "ethnic Armenian rule there.",
        "Azerbaijan retook Nagorno-Karabakh in 2023, ending three decades of rule by ethnic "
        "Armenian separatists.",
    ],
)
def test_an_ended_rule_of_decades_is_the_rulers_former_hold(text):
    edges_found = {(s, t, ty, st) for s, t, ty, st in edges(gk.extract(text))}
    assert ("separatists", "nagorno_karabakh", "control", "historical") in edges_found


@pytest.mark.parametrize(
    "text",
    [
        "The collapse of the Soviet Union ended seven decades of Soviet rule in Armenia.",
        "The rule of law was weak in Armenia for decades, the EU said.",
    ],
)
def test_no_ended_rule_of_a_state_or_the_rule_of_law(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "control"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and Armenia have no diplomatic ties. Turkey closed the border in 1993.",
        "Turkey and Armenia have no diplomatic ties, and their border has been shut since 1993, "
        "when Ankara sealed it in solidarity with Azerbaijan.",
    ],
)
def test_turkeys_border_closed_in_1993_is_closed_to_armenia(text):
    assert ("tur", "arm", "blockade", "historical") in edges(gk.extract(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey closed the border with Iran in 1993.", ("tur", "irn", "blockade")),
        ("Armenia and Turkey met in 1993 to discuss the border.", None),
    ],
)
def test_other_closures_and_meetings_of_1993_are_not_turkeys_closure_to_armenia(text, expected):
    found = triples(gk.extract(text, allow_empty=True))
    assert ("tur", "arm", "blockade") not in found
    assert expected is None or expected in found


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "Armenia and Azerbaijan met. Azerbaijan retook Shusha in November 2020, days before "
            "the Russian-brokered ceasefire that ended the war.",
            "ceasefire",
        ),
        (
            "Armenia and Azerbaijan met. The dispute goes back to the Moscow-brokered statement "
            "of November 10, 2020, which ended 44 days of fighting.",
            "ceasefire",
        ),
        (
            "Armenia and Azerbaijan met. Under the November 10 statement, Armenia handed back "
            "the Aghdam, Kalbajar and Lachin districts.",
            "ceasefire",
        ),
        (
            "Armenia and Azerbaijan met. The enclave has been run by ethnic Armenians since a war "
            "that ended in 1994.",
            "war",
        ),
    ],
)
def test_more_names_of_the_conflicts_truce_and_war(text, kind):
    found = {(a, b, t) for a, b, t in triples(gk.extract(text))}
    assert ("arm", "aze", kind) in found or ("aze", "arm", kind) in found


def test_a_war_with_another_state_is_not_the_conflicts():
    found = triples(
        gk.extract("Armenia and Azerbaijan met. The war with Russia devastated Ukraine.")
    )
    assert not [t for t in found if t[2] == "war"]


# -- round 31 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, judge, judged",
    [
        (
            "Peru and Chile traded fire on Monday. Spain said it was deeply concerned and urged "
            "both sides to show restraint.",
            "esp",
            {"per", "chl"},
        ),
        (
            "Peru and Chile traded fire on Monday. The Spanish Foreign Ministry said it was "
            "alarmed and called on the two sides to respect the truce.",
            "esp",
            {"per", "chl"},
        ),
        (
            "Peruvian troops crossed the line. The United States said it was seriously concerned "
            "and urged Peru to pull back.",
            "usa",
            {"per"},
        ),
        (
            "Peru and Chile traded fire on Monday. Spain expressed deep concern and called on "
            "both sides to stop.",
            "esp",
            {"per", "chl"},
        ),
    ],
)
def test_a_concern_joined_to_a_call_judges_those_called_on(text, judge, judged):
    found = triples(gk.extract(text))
    assert {v for u, v, t in found if u == judge and t == "disapprove"} == judged


@pytest.mark.parametrize(
    "text",
    [
        # a concern with its own object names whom it judges
        "Peru and Chile traded fire. Spain said it was concerned about rights in Bolivia and "
        "urged both sides to show restraint.",
        # a call alone judges no one
        "Peru and Chile traded fire. Spain urged both sides to show restraint.",
        # a concern in another clause than the call
        "Spain was concerned; the next day Peru urged Chile to talk.",
    ],
)
def test_a_call_without_a_bare_concern_judges_no_one(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [
        (u, v) for u, v, t in found if t == "disapprove" and v in ("per", "chl") and u == "esp"
    ]
    assert not [(u, v) for u, v, t in found if t == "disapprove" and u == "per"]


def test_he_after_a_relative_clause_is_the_subject_before_it():
    # "Blinken, who spoke with Aliyev on Monday, said he ...": Blinken, not Aliyev
    found = triples(
        gk.extract(
            "Antony Blinken, who spoke by phone with Ilham Aliyev on Monday, said he was deeply "
            "concerned by the move and urged Baku to restore free movement."
        )
    )
    assert ("blinken", "aze", "appeal") in found
    assert ("blinken", "aze", "disapprove") in found
    assert not [t for t in found if t[0] == "aliyev" and t[2] in ("appeal", "disapprove")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile clashed on the border. Spain said it was ready to help mediate.",
        "Peru and Chile clashed on the border. Madrid said it was ready to help the two sides "
        "demarcate the border.",
    ],
)
def test_more_offers_to_mediate(text):
    found = triples(gk.extract(text))
    assert ("esp", "per", "offer_mediation") in found
    assert ("esp", "chl", "offer_mediation") in found


def test_a_party_offering_its_capital_as_venue_offers_no_mediation():
    found = triples(
        gk.extract("Peru offered Lima as a venue for the talks with Chile.", allow_empty=True)
    )
    assert not [t for t in found if t[2] == "offer_mediation"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person's stance for their own state is the person's (the coders' most specific actor)
        ("Macron said France would continue to stand by Armenia.", ("macron", "arm", "support")),
        (
            '"Moscow is ready to host the next round of talks between Baku and Yerevan," Maria '
            "Zakharova said.",
            ("zakharova", "arm", "offer_mediation"),
        ),
    ],
)
def test_a_speakers_stance_for_their_state_is_the_speakers(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # an act of the state stays the state's
        (
            "Pashinyan said Armenia had sent humanitarian aid to Syria.",
            ("arm", "syr", "humanitarian_aid"),
        ),
        # a mutual act is the two states'
        (
            "Pashinyan said Armenia and Azerbaijan had agreed on the text of the treaty.",
            ("arm", "aze", "cooperate"),
        ),
    ],
)
def test_a_speakers_report_of_their_states_acts_keeps_the_state(text, expected):
    found = triples(gk.extract(text))
    assert expected in found
    assert not [t for t in found if t[0] == "pashinyan"]


def test_a_speakers_report_of_their_states_demand_is_the_speakers():
    # (round 34: on the 900 challenge articles the coders code the speaker here far more
    # often than the state; an earlier round kept the state when they seemed to split)
    found = triples(
        gk.extract("Blinken said the United States urged Azerbaijan to reopen the road.")
    )
    assert ("blinken", "aze", "appeal") in found


@pytest.mark.parametrize(
    "text",
    [
        "Peru detained two Chilean soldiers. The ICRC said it was in touch with both sides and "
        "stood ready to visit the men.",
        "Peru detained two Chilean soldiers. Peruvian authorities allowed delegates of the "
        "International Committee of the Red Cross to visit the two men on Thursday, the ICRC "
        "said.",
    ],
)
def test_visiting_people_consults_no_state(text):
    G = gk.extract(text, allow_empty=True)
    assert not [d for _, _, d in G.edges(data=True) if d["rule"] == "visit"]


@pytest.mark.parametrize(
    "text, crowd",
    [
        (
            "Armenian protesters stormed the government building in Yerevan, demanding the "
            "resignation of Prime Minister Nikol Pashinyan.",
            "arm_protesters",
        ),
        (
            "Armenian protesters rallied in Yerevan to demand the resignation of Prime Minister "
            "Nikol Pashinyan.",
            "arm_protesters",
        ),
    ],
)
def test_a_crowd_that_demands_while_it_protests_protests_against_the_one_asked(text, crowd):
    found = triples(gk.extract(text))
    assert (crowd, "pashinyan", "demand") in found
    assert (crowd, "pashinyan", "protest") in found


def test_a_crowd_that_only_asks_protests_against_no_one():
    found = triples(
        gk.extract(
            "Armenian protesters said they would ask Prime Minister Nikol Pashinyan to resign.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[2] == "protest"]


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Armenian Security Council Secretary Armen Grigoryan thanked Washington. Grigoryan "
            "urged Baku to free the prisoners.",
            "armen_grigoryan",
        ),
        (
            "Armenian Deputy Prime Minister Mher Grigoryan met Shahin Mustafayev. Grigoryan urged "
            "Baku to free the prisoners.",
            "mher_grigoryan",
        ),
    ],
)
def test_a_shared_surname_is_the_person_the_text_named_in_full(text, person):
    assert (person, "aze", "appeal") in triples(gk.extract(text))


def test_a_shared_surname_alone_is_no_one():
    assert (
        triples(gk.extract("Grigoryan urged Baku to free the prisoners.", allow_empty=True)) == []
    )


def test_a_negation_in_a_reported_clause_leaves_the_reporters_next_verb():
    found = triples(
        gk.extract(
            "Pashinyan said the issue of the prisoners held by Azerbaijan had not been resolved "
            "and called on Baku to return them."
        )
    )
    assert ("pashinyan", "aze", "appeal") in found


@pytest.mark.parametrize(
    "text",
    [
        # one auxiliary negates both verbs
        "Azerbaijan has not attacked and shelled Armenian positions, Baku said.",
        "Armenia did not call on Russia and urged no one.",
    ],
)
def test_a_negation_before_two_verbs_negates_both(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("attack", "appeal")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru installed a checkpoint at the entrance to the Tambo corridor. Chile condemned the "
        "move as a gross violation of the 2020 agreement.",
        "Peru installed a checkpoint at the entrance to the Tambo corridor. Chile condemned the "
        "step, calling it a breach of the trilateral statement.",
    ],
)
def test_an_act_judged_a_breach_of_a_commitment_is_charged_to_its_doer(text):
    found = triples(gk.extract(text))
    assert ("chl", "per", "criticize") in found
    assert ("chl", "per", "accuse") in found


def test_an_act_judged_a_breach_of_a_ceasefire_is_no_commitment_charge():
    found = triples(
        gk.extract(
            "Peru installed a checkpoint at the entrance to the Tambo corridor. Chile condemned "
            "the move, calling it a violation of the ceasefire."
        )
    )
    assert ("chl", "per", "criticize") in found
    assert ("chl", "per", "accuse") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Peru said on Friday it would not take part in a planned meeting with Chile's foreign "
        "minister next week.",
        "Peruvian President Jose Jeri pulled out of a planned five-way meeting with Chile.",
        "Peru boycotted the talks with Chile in Lima.",
    ],
)
def test_a_meeting_one_keeps_away_from_is_not_held(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("meet", "negotiate")]


def test_a_meeting_one_takes_part_in_is_held():
    assert ("per", "chl", "meet") in triples(gk.extract("Peru took part in a meeting with Chile."))


@pytest.mark.parametrize(
    "text, holder, held",
    [
        ("Lima raised the issue of Chilean prisoners still held in Peru.", "per", "chl"),
        ("Chilean prisoners of war held by Peru were moved to Lima.", "per", "chl"),
        ("Dozens of Chilean servicemen are still in Peruvian custody.", "per", "chl"),
        ("Four Karabakh leaders held in Azerbaijan went on trial in Baku.", "aze", "separatists"),
    ],
)
def test_captives_held_by_a_state_are_coerced_by_it(text, holder, held):
    assert (holder, held, "coerce") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chilean soldiers formerly held in Peru returned home.",
        "Chilean prisoners released by Peru returned home.",
        # the territory's people are not its leaders
        "Karabakh residents held in Azerbaijan went on trial in Baku.",
    ],
)
def test_captives_no_longer_held_are_no_coercion(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "coerce" and t[1] in ("chl", "separatists")]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked the Lachin corridor. Russian peacekeepers, who patrol the corridor, "
        "did not intervene.",
        "The Russian peacekeepers are responsible for the security of the Lachin corridor.",
        "The Lachin corridor has been patrolled by Russian peacekeepers since 2020.",
        "Russian peacekeepers have taken the Lachin corridor under their control.",
    ],
)
def test_those_who_patrol_or_secure_a_route_control_it(text):
    assert ("rus_peacekeepers", "lachin_corridor", "control") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "EU monitors patrol the border with Azerbaijan.",
        "The ministry is responsible for the security of the talks with Armenia.",
    ],
)
def test_patrolling_a_border_or_securing_talks_controls_no_state(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "control"]


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC has transferred 31 patients from Nagorno-Karabakh to hospitals in Armenia "
        "through the Lachin corridor.",
        "The Red Cross resumed transferring seriously ill patients from Nagorno-Karabakh to "
        "hospitals in Armenia.",
        "The ICRC also facilitated the evacuation of 23 wounded patients from Nagorno-Karabakh.",
    ],
)
def test_patients_carried_out_of_a_territory_are_aid_to_its_people(text):
    found = triples(gk.extract(text))
    assert ("icrc", "nagorno_karabakh_population", "humanitarian_aid") in found
    # not the road, nor the state whose hospitals take them in
    assert not [t for t in found if t[1] in ("arm", "lachin_corridor", "nagorno_karabakh")]


def test_patients_carried_to_a_state_alone_name_no_one_aided():
    found = triples(gk.extract("The ICRC transferred the patients to Armenia.", allow_empty=True))
    assert not [t for t in found if t[2] == "humanitarian_aid"]


# ---- round 31, review: misfires a helper found with sentences of its own ----


@pytest.mark.parametrize(
    "text, kinds",
    [
        # a party's concern with a call to its ally is no judgement of the ally
        (
            "Armenia said it was concerned and urged the CSTO to respond to Azerbaijani "
            "aggression.",
            {"disapprove"},
        ),
        # one negation before two verbs of the same subject negates both
        ("Hajizada said Baku never attacked and destroyed Armenian positions.", {"attack"}),
        ("Aliyev said Azerbaijan had not attacked and killed Armenian soldiers.", {"attack"}),
        ("Bayramov said Azerbaijan never recognised and supported the separatists.", {"support"}),
        # an offered venue holds no talks
        ("Armenia offered Yerevan as a venue for the talks with Azerbaijan.", {"consult"}),
    ],
)
def test_review31_readings_that_must_not_fire(text, kinds):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in kinds]


def test_review31_a_third_party_staying_away_leaves_the_meeting_held():
    found = triples(
        gk.extract(
            "Russia did not take part in the meeting in Brussels between Aliyev and Pashinyan."
        )
    )
    assert ("aliyev", "pashinyan", "meet") in found


def test_review31_visiting_the_people_of_a_state_visits_it():
    found = triples(gk.extract("Michel visited the people of Armenia in Yerevan."))
    assert [t for t in found if t[0] == "michel" and t[2] == "consult"]


def test_review31_a_surname_two_persons_named_in_full_share_is_no_one():
    found = triples(
        gk.extract(
            "Armen Grigoryan, Mher Grigoryan and Mustafayev met in Brussels. Grigoryan accused "
            "Azerbaijan of delaying the talks."
        )
    )
    assert not [t for t in found if t[2] == "accuse"]


def test_review31_a_reported_passive_ends_its_negation_at_and():
    found = triples(
        gk.extract(
            "Prime Minister Nikol Pashinyan said Armenia's armed forces were not involved and "
            "accused Russian peacekeepers of failing to stop the offensive."
        )
    )
    assert [t for t in found if t[0] == "pashinyan" and t[1] == "rus_peacekeepers"]


@pytest.mark.parametrize(
    "text, holder, held",
    [
        ("Some 33 Armenian prisoners are still held in Azerbaijan.", "aze", "arm"),
        ("Armenian POWs continue to be held in Azerbaijan.", "aze", "arm"),
        (
            "Ruben Vardanyan and other former Karabakh leaders held in Baku went on trial.",
            "aze",
            "separatists",
        ),
    ],
)
def test_review31_more_ways_captives_are_held(text, holder, held):
    assert (holder, held, "coerce") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            "Peru and Chile issued a joint statement on prisoners. Spain welcomed the statement.",
            "per",
            "chl",
        ),
        ("Peru and Chile met in Lima. Spain welcomed the meeting.", "per", "chl"),
    ],
)
def test_welcoming_the_pairs_meeting_or_statement_supports_both(text, a, b):
    found = triples(gk.extract(text))
    assert ("esp", a, "support") in found and ("esp", b, "support") in found


# -- round 32 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan said they had agreed to swap all detainees.",
        "Armenia and Azerbaijan said on Friday that they had agreed to swap all detainees.",
    ],
)
def test_they_after_a_pair_that_reports_is_the_pair(text):
    found = triples(gk.extract(text))
    assert ("arm", "aze", "cooperate") in found or ("aze", "arm", "cooperate") in found


def test_they_after_two_persons_who_report_is_the_two():
    found = triples(
        gk.extract("Aliyev and Pashinyan said on Friday that they would meet again in Prague.")
    )
    assert {("aliyev", "pashinyan", "meet"), ("pashinyan", "aliyev", "meet")} & set(found)


def test_they_after_one_speaker_is_not_a_pair():
    found = triples(
        gk.extract("Armenia said they had agreed to swap all detainees.", allow_empty=True)
    )
    assert not [t for t in found if t[2] == "cooperate"]


def test_an_act_agreed_by_two_is_their_cooperation():
    found = triples(
        gk.extract(
            "The pullback was agreed by President Ilham Aliyev and President Vladimir Putin."
        )
    )
    assert {("aliyev", "putin", "cooperate"), ("putin", "aliyev", "cooperate")} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan have finalised the text of a peace treaty.",
        "Armenia and Azerbaijan initialled the draft of a border protocol in Almaty.",
    ],
)
def test_finalising_or_initialling_a_text_is_cooperation(text):
    found = triples(gk.extract(text))
    assert {("arm", "aze", "cooperate"), ("aze", "arm", "cooperate")} & set(found)


def test_captives_handed_to_a_state_are_a_concession():
    found = triples(gk.extract("Azerbaijan handed six Armenian soldiers to Armenia on Monday."))
    assert ("aze", "arm", "concede") in found


def test_a_swap_made_possible_by_the_mediation_of_x_is_mediated_between_the_two():
    found = triples(
        gk.extract(
            "Azerbaijan handed over ten Armenian detainees to Armenia after Yerevan gave Baku "
            "maps of minefields. Baku said the swap was made possible by the mediation of Hungary."
        )
    )
    assert ("hun", "arm", "mediate") in found and ("hun", "aze", "mediate") in found


def test_welcoming_the_agreement_is_of_the_two_the_text_opposes_not_the_last_pair():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan agreed the text of a peace treaty after years of talks and "
            "two wars. Turkey said it would normalise ties with Yerevan. Iran also welcomed the "
            "agreement."
        )
    )
    assert ("irn", "aze", "support") in found and ("irn", "tur", "support") not in found


@pytest.mark.parametrize("word", ["unjustified", "hostile", "regrettable"])
def test_calling_a_states_decision_unjustified_criticises_it(word):
    found = triples(gk.extract(f"Spain called Azerbaijan's decision {word}."))
    assert ("esp", "aze", "criticize") in found


def test_what_a_speaker_calls_illegal_is_no_criticism_of_its_own():
    found = triples(
        gk.extract(
            "Hikmet Hajiyev said Yerevan must withdraw what he called illegal Armenian armed "
            "formations from Karabakh."
        )
    )
    assert not [t for t in found if t[2] == "criticize"]


def test_concern_at_the_establishment_of_the_checkpoint_judges_its_doer():
    found = triples(
        gk.extract(
            "Azerbaijan installed a checkpoint on the Lachin road on Sunday. Spain said it was "
            "deeply concerned by the establishment of the checkpoint."
        )
    )
    assert ("esp", "aze", "disapprove") in found


@pytest.mark.parametrize(
    "text, source",
    [
        ("Baku insists no treaty can be signed until Armenia amends its constitution.", "aze"),
        ("Baku still expects Yerevan to drop the territorial claims in its constitution.", "aze"),
        (
            "Jeyhun Bayramov said a treaty would only be signed once Armenia changed its "
            "constitution.",
            "bayramov",
        ),
        (
            "Ilham Aliyev said Baku would not sign as long as the Armenian constitution "
            "contained claims on Karabakh.",
            "aliyev",
        ),
    ],
)
def test_a_constitutional_change_as_a_condition_is_a_demand(text, source):
    assert (source, "arm", "demand") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia amended its constitution in 2015 after a referendum.",
        "Nikol Pashinyan said Armenia would change its constitution before the treaty is signed.",
    ],
)
def test_a_constitutional_change_reported_or_offered_is_no_demand(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "demand"]


@pytest.mark.parametrize(
    "text, crowd, target, kind",
    [
        (
            "Thousands of people rallied in Stepanakert, demanding that Azerbaijan lift the "
            "checkpoint.",
            "nagorno_karabakh_population",
            "aze",
            "demand",
        ),
        (
            "Several hundred people rallied in Yerevan against the Russian-led CSTO.",
            "arm_protesters",
            "csto",
            "protest",
        ),
        (
            "Hundreds of protesters marched in central Yerevan against the CSTO on Monday.",
            "arm_protesters",
            "csto",
            "protest",
        ),
    ],
)
def test_a_crowd_that_protests_in_a_place_is_its_people(text, crowd, target, kind):
    assert (crowd, target, kind) in triples(gk.extract(text))


def test_a_crowd_that_does_not_protest_is_no_one():
    found = triples(
        gk.extract(
            "Thousands of people fled Stepanakert as Azerbaijan shelled it.", allow_empty=True
        )
    )
    assert not [t for t in found if t[0].endswith(("population", "protesters"))]


def test_a_rally_against_the_checkpoint_protests_its_doer():
    found = triples(
        gk.extract(
            "Azerbaijan installed a checkpoint on the Lachin road. In Stepanakert, thousands of "
            "people rallied against the checkpoint."
        )
    )
    assert ("nagorno_karabakh_population", "aze", "protest") in found


@pytest.mark.parametrize(
    "second, source",
    [
        (
            "On Friday, some 4,000 people gathered in Karabakh to demand the reopening of the "
            "corridor.",
            "nagorno_karabakh_population",
        ),
        ("Mr Blinken called for the road's immediate reopening.", "blinken"),
        ("Spain stressed the need to end the blockade.", None),
        ("Spain called for an end to the blockade.", "esp"),
    ],
)
def test_asking_that_a_blockade_end_asks_it_of_the_blocker(second, source):
    text = "Azerbaijan closed the Lachin corridor on Tuesday. " + second
    found = triples(gk.extract(text))
    asked = [t for t in found if t[2] == "demand" and t[1] == "aze"]
    assert asked == ([(source, "aze", "demand")] if source else [])


def test_asking_the_one_named_to_reopen_the_road_asks_no_one_else():
    found = triples(
        gk.extract(
            "Azerbaijan closed the Lachin corridor on Tuesday. Ruben Vardanyan called on the "
            "Russian contingent to reopen the road."
        )
    )
    assert not [t for t in found if t[2] == "demand" and t[1] == "aze"]


def test_the_population_of_a_territory_is_the_tables_when_it_has_one():
    G = gk.extract(
        "Azerbaijan closed the Lachin corridor on Tuesday. On Friday, some 4,000 people "
        "gathered in Karabakh to demand the reopening of the corridor.",
        actors="karabakh-2023",
    )
    assert ("karabakh_armenians", "aze", "demand") in triples(G)


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Prime Minister Nikol Paşinyan met President Ilham Əliyev in Brussels.",
            "pashinyan",
            "aliyev",
        ),
        ("Premier Paschinjan met President Alijew in Prague.", "pashinyan", "aliyev"),
        ("Spokeswoman Maria Sacharowa accused Armenia of provocations.", "zakharova", "arm"),
        (
            "Foreign Minister Ararat Mirzojan met his counterpart Jeyhun Bajramow.",
            "mirzoyan",
            "bayramov",
        ),
    ],
)
def test_a_person_named_in_another_transliteration_is_the_known_person(text, source, target):
    found = triples(gk.extract(text))
    assert [t for t in found if t[0] == source and t[1] == target]


def test_a_transliterated_surname_alone_is_the_known_person():
    found = triples(
        gk.extract("Nikol Pashinyan arrived in Brussels. Paşinyan accused Azerbaijan of shelling.")
    )
    assert ("pashinyan", "aze", "accuse_aggression") in found


def test_another_first_name_keeps_a_transliterated_surname_apart():
    found = triples(gk.extract("Spokesman Davit Paschinjan accused Azerbaijan of shelling."))
    assert not [t for t in found if t[0] == "pashinyan"]


def test_an_ascii_word_alone_is_no_transliterated_surname():
    G = gk.extract("Alijew accused Azerbaijan of shelling.", allow_empty=True)
    assert not [t for t in triples(G) if t[0] == "aliyev"]


# ---- round 32, review: misfires a helper found with sentences of its own ----


@pytest.mark.parametrize(
    "text",
    [
        "The mission was agreed by the EU Council, angering Moscow.",
        "Armenia handed Azerbaijan a list of detainees it wants freed.",
        "Azerbaijan handed prisoners' letters to the ICRC for their families.",
        "Hundreds of people gathered at Stepanakert airport hoping to be flown out.",
        "Senator Simon criticised Azerbaijan's offensive.",
        "Çelik said Turkey supported Azerbaijan.",
        "The Köln meeting of diaspora groups condemned Azerbaijan.",
    ],
)
def test_review32_near_misses_read_nothing_new(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [
        t
        for t in found
        if t[2] in ("cooperate", "concede", "humanitarian_aid")
        or t[0] in ("simonyan", "kilic", "kalin")
        or t[0].endswith("population")
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Armenia demanded the reopening of its embassy in Moscow.",
        "Russia called for the reopening of all transport links in the region.",
    ],
)
def test_review32_reopening_something_else_asks_nothing_of_the_blocker(second):
    found = triples(gk.extract("Azerbaijan blocked the road to Karabakh. " + second))
    assert not [t for t in found if t[2] == "demand" and t[1] == "aze"]


def test_review32_finalising_the_text_of_sanctions_is_still_sanctions():
    found = triples(gk.extract("The EU finalised the text of its sanctions on Russia."))
    assert ("eu", "rus", "sanction") in found and not [t for t in found if t[2] == "cooperate"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijanis who describe themselves as environmental activists kept the Lachin "
        "corridor closed for a third day.",
        "Dozens of Azerbaijanis calling themselves eco-activists blocked the Lachin corridor.",
        "The Lachin road continues to be blocked by a group of Azerbaijanis presenting "
        "themselves as eco-activists.",
    ],
)
def test_a_people_styling_itself_activists_are_that_states_activists(text):
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(gk.extract(text))


def test_the_road_near_a_town_is_still_the_road():
    found = triples(
        gk.extract(
            "The Lachin corridor is the only road into Karabakh. Azerbaijani eco-activists "
            "have blocked the road near Shusha since December."
        )
    )
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Armenia called Azerbaijan's decision to close the road unjustified.", "arm", "aze"),
        ("Russia called the EU's decision to deploy monitors unjustified.", "rus", "eu"),
    ],
)
def test_calling_a_decision_to_act_unjustified_criticises_its_maker(text, source, target):
    assert (source, target, "criticize") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "second, source",
    [
        ("Ilham Aliyev insisted there was no blockade.", "aliyev"),
        ("Hikmet Hajiyev said the road remained open to civilian traffic.", "hajiyev"),
        ('"Azerbaijan is not blocking anything," Hikmet Hajiyev said.', "hajiyev"),
        ("Baku said civilian vehicles could pass freely.", "aze"),
    ],
)
def test_saying_the_road_is_open_denies_the_blockade_charge(second, source):
    first = "Armenia accused Azerbaijan of blockading the Lachin corridor. "
    assert (source, "arm", "deny") in triples(gk.extract(first + second))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accused Azerbaijan of blockading the Lachin corridor. The ICRC said the road "
        "remained open to its convoys.",
        "Armenia said the road was open again after the storm.",
    ],
)
def test_a_road_said_open_by_no_accused_side_denies_nothing(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "deny"]


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC, as a neutral intermediary between Armenia and Azerbaijan, oversaw the swap.",
        "Azerbaijan will free 12 Armenian servicemen. The handover will take place with the "
        "participation of the ICRC as a neutral intermediary between Armenia and Azerbaijan.",
    ],
)
def test_a_third_party_named_intermediary_between_two_mediates(text):
    found = triples(gk.extract(text))
    assert ("icrc", "arm", "mediate") in found and ("icrc", "aze", "mediate") in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia returned Kalbajar to Azerbaijan under the deal that ended the 2020 war.",
        "Armenia accused Azerbaijan of breaching the agreement which ended the 44-day war.",
    ],
)
def test_a_deal_that_ended_the_war_is_its_truce(text):
    found = triples(gk.extract(text))
    assert ("arm", "aze", "ceasefire") in found or ("aze", "arm", "ceasefire") in found


def test_the_usa_is_the_united_states():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan clashed on the border. The USA and France called on both "
            "sides to withdraw their troops."
        )
    )
    assert ("usa", "arm", "appeal") in found and ("usa", "aze", "appeal") in found


@pytest.mark.parametrize(
    "second",
    [
        "Peter Stano called both sides to avoid escalation.",
        "Peter Stano called the two sides to refrain from provocations.",
    ],
)
def test_calling_both_sides_to_act_is_an_appeal(second):
    found = triples(gk.extract("Armenia and Azerbaijan clashed on the border. " + second))
    assert ("stano", "arm", "appeal") in found and ("stano", "aze", "appeal") in found


def test_calling_both_leaders_to_discuss_is_a_call():
    found = triples(
        gk.extract("Armenia and Azerbaijan clashed. Putin called both leaders to discuss it.")
    )
    assert not [t for t in found if t[0] == "putin" and t[2] == "appeal"]


def test_condemning_an_act_of_terror_by_x_criticises_x():
    found = triples(gk.extract("Armenia condemned what it called an act of terror by Azerbaijan."))
    assert ("arm", "aze", "criticize") in found


@pytest.mark.parametrize(
    "text, state",
    [
        ("Azerbaijan detained two Russian journalists on Monday.", "rus"),
        ("Azerbaijan arrested two Iranian truck drivers near Kapan.", "irn"),
        ("Azerbaijan released an Armenian citizen on Friday.", "arm"),
    ],
)
def test_a_few_nationals_taken_or_freed_are_their_state(text, state):
    found = triples(gk.extract(text))
    assert [t for t in found if t[0] == "aze" and t[1] == state]


def test_nationals_who_only_visit_are_no_one():
    G = gk.extract("Two Russian journalists visited Baku on Monday.", allow_empty=True)
    assert not triples(G)


# -- round 33 ---------------------------------------------------------------------------------


def test_under_mediation_of_without_the_is_the_mediator():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan held talks. The war ended with the statement signed on 10 "
            "November under mediation of Moscow."
        )
    )
    assert ("rus", "arm", "mediate") in found and ("rus", "aze", "mediate") in found
    assert ("arm", "rus", "mediate") not in found


def test_a_body_whose_co_chairs_are_listed_mediates_itself():
    found = triples(
        gk.extract(
            "The OSCE Minsk Group, whose co-chairs were Russia, the US and France, mediated "
            "between Baku and Yerevan."
        )
    )
    assert ("minsk_group", "arm", "mediate") in found
    assert not [t for t in found if t[0] in ("rus", "usa", "fra") and t[2] == "mediate"]


def test_a_whose_clause_ends_at_its_own_comma():
    found = triples(
        gk.extract(
            "Russian peacekeepers, whose deployment began on Nov 10, have set up posts along the "
            "Lachin corridor, the only road that now connects Karabakh with Armenia."
        )
    )
    assert ("lachin_corridor", "arm", "connects") in found


def test_adding_that_after_said_is_the_speakers():
    found = triples(
        gk.extract(
            "Araghchi is due in Moscow, Khatibzadeh said, adding that Iran was ready to host "
            "talks between Armenia and Azerbaijan."
        )
    )
    assert ("khatibzadeh", "arm", "offer_mediation") in found
    assert not [t for t in found if t[0] == "araghchi"]


def test_the_two_neighbours_after_a_list_of_capitals_are_the_two_who_fought():
    found = triples(
        gk.extract(
            "Tehran has a plan for ending the war over Nagorno-Karabakh. Araghchi is also due in "
            "Moscow, Yerevan and Ankara, spokesman Saeed Khatibzadeh said, adding that Iran was "
            "ready to host talks between the two neighbours."
        )
    )
    assert ("khatibzadeh", "aze", "offer_mediation") in found
    assert not [t for t in found if "tur" in t[:2]]


def test_a_month_before_a_surname_is_no_first_name():
    found = triples(gk.extract("On 1 June Pashinyan met Aliyev in Chisinau."))
    assert ("pashinyan", "aliyev", "meet") in found


def test_a_plural_title_before_a_first_name_is_no_part_of_the_name():
    found = triples(gk.extract("Presidents Heydar Aliyev and Robert Kocharyan met in Key West."))
    assert ("heydar_aliyev", "kocharyan", "meet") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan installed a checkpoint on the Lachin corridor. Armenia's Foreign "
            "Ministry called the move a gross violation of the 2020 statement and demanded that "
            "Moscow act.",
            [("arm", "aze", "accuse"), ("arm", "rus", "demand")],
        ),
        (
            "Armenia and Azerbaijan fought again on the border. Pashinyan called the shooting a "
            "deliberate crime.",
            [("pashinyan", "aze", "accuse_war_crimes")],
        ),
        (
            "Hikmet Hajiyev said Armenian forces had fired rockets at Barda, and called the "
            'attack "a deliberate act of terror".',
            [("hajiyev", "arm", "accuse_war_crimes")],
        ),
        (
            "Armenia asked the CSTO to begin consultations on what it called an incursion by "
            "Azerbaijani troops into Syunik.",
            [("arm", "aze", "accuse_aggression")],
        ),
        (
            "Armenia and Azerbaijan accused each other of shelling. Azerbaijan's foreign "
            "ministry called the Armenian convoy a provocation.",
            [("aze", "arm", "accuse")],
        ),
    ],
)
def test_an_act_named_a_crime_or_charge_accuses_its_doer(text, expected):
    found = triples(gk.extract(text))
    for t in expected:
        assert t in found, t


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan launched what it called an anti-terrorist operation in Karabakh.",
        "Armenia called on Azerbaijan to stop the provocation.",
        "Armenia did not call the shooting a crime.",
    ],
)
def test_no_charge_where_nothing_is_named_a_crime(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2].startswith("accuse") and t[0] in ("aze", "arm")] or (
        text.startswith("Azerbaijan launched")
        and not [t for t in triples(G) if t[2].startswith("accuse")]
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan has blocked the Lachin corridor since December. Pashinyan said the "
            "blockade amounted to genocide.",
            ("pashinyan", "aze", "accuse_war_crimes"),
        ),
        (
            "President Ilham Aliyev says that reference in Armenia's constitution amounts to a "
            "standing territorial claim.",
            ("aliyev", "arm", "accuse"),
        ),
    ],
)
def test_an_act_said_to_amount_to_a_crime_accuses_its_doer(text, expected):
    assert expected in triples(gk.extract(text))


def test_what_could_amount_to_a_crime_is_no_such_reading():
    G = gk.extract(
        "Azerbaijan has blocked the Lachin corridor. Pashinyan said the blockade could amount to "
        "genocide."
    )
    assert not [r for r in gk.relations_table(G).itertuples() if r.rule == "amounted_to_crime"]


def test_welcoming_the_ruling_supports_the_court():
    found = triples(
        gk.extract(
            "The International Court of Justice ordered Azerbaijan to ensure free movement "
            "through the corridor. Armenia's Foreign Ministry welcomed the ruling."
        )
    )
    assert ("arm", "icj", "support") in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed on Tuesday to exchange prisoners. Iran's Foreign "
        "Ministry also welcomed it.",
        "Armenia and Azerbaijan signed a peace declaration. The EU welcomed the agreement of the "
        "two countries, and Iran also welcomed it.",
    ],
)
def test_welcoming_it_after_an_agreement_supports_the_two(text):
    found = triples(gk.extract(text))
    assert ("irn", "arm", "support") in found and ("irn", "aze", "support") in found


def test_welcoming_it_after_no_agreement_supports_no_one():
    G = gk.extract(
        "The EU announced a new mission on Monday. Iran's Foreign Ministry welcomed it.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "irn"]


@pytest.mark.parametrize(
    "second, judge",
    [
        ("Germany condemned the use of force.", "deu"),
        ("Borrell also condemned the escalation.", "borrell"),
    ],
)
def test_condemning_the_force_just_used_judges_its_doer(second, judge):
    found = triples(
        gk.extract("Azerbaijani forces shelled Armenian positions on Monday. " + second)
    )
    assert (judge, "aze", "criticize") in found


def test_deploring_the_continuing_blockade_judges_the_blocker():
    found = triples(
        gk.extract(
            "Azerbaijan has blocked the Lachin corridor since December. France deplored the "
            "continuing blockade."
        )
    )
    assert ("fra", "aze", "disapprove") in found


def test_concern_at_a_states_fire_is_concern_at_the_state():
    found = triples(
        gk.extract("The State Department said it was deeply concerned by the Azerbaijani fire.")
    )
    assert ("usa", "aze", "disapprove") in found


def test_rejecting_the_offer_answers_the_last_offer_made():
    found = triples(
        gk.extract(
            "Azerbaijan offered to send food via Aghdam. The separatist authorities in "
            "Stepanakert rejected the offer."
        )
    )
    assert ("separatists", "aze", "reject") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Aliyev warned that Baku would respond decisively to any provocation by Armenia.",
            ("aliyev", "arm", "threaten"),
        ),
        (
            "Turkish Defence Minister Hulusi Akar said Armenia would pay for this week's fighting.",
            ("akar", "arm", "threaten"),
        ),
        (
            "Azerbaijan shelled Armenian positions. Armenia's Defence Ministry said it reserved "
            "the right to respond with any means.",
            ("arm", "aze", "threaten"),
        ),
        (
            "Aliyev said the road will be opened whether Armenia wants it or not.",
            ("aliyev", "arm", "threaten"),
        ),
    ],
)
def test_a_promised_response_is_a_threat(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia will respond to the proposal next week.",
        "Aliyev said Azerbaijan would not respond to provocations.",
    ],
)
def test_a_reply_or_a_refusal_to_respond_is_no_threat(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "threaten"]


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan called on Azerbaijan to release the roughly two dozen Armenians it still holds.",
        "Yerevan says 23 Armenians are still held in Azerbaijan.",
    ],
)
def test_captives_it_holds_or_a_counted_few_held_are_their_states(text):
    assert ("aze", "arm", "coerce") in triples(gk.extract(text))


def test_the_fate_of_a_people_held_is_no_holding_of_their_state():
    G = gk.extract("Pashinyan raised the fate of Armenians held in Baku.", allow_empty=True)
    assert ("aze", "arm", "coerce") not in triples(G)


def test_a_charge_after_a_denial_is_the_deniers_own_and_the_denial_answers_it():
    G = gk.extract(
        "Armenia accused Azerbaijan of shelling. Turkey's Foreign Ministry dismissed the charge "
        "as baseless and accused Paris of taking Armenia's side."
    )
    rel = gk.relations_table(G)
    accuse = rel[(rel.source == "tur") & (rel.target == "fra") & (rel.type == "accuse")]
    assert not accuse.empty and set(accuse.status) != {"denied"}
    assert ("tur", "fra", "deny") in triples(G)


def test_a_handover_facilitated_at_the_request_of_both_sides():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan exchanged bodies on Monday. The ICRC said it had facilitated "
            "the handover at the request of both sides."
        )
    )
    assert ("icrc", "arm", "mediate") in found and ("icrc", "aze", "mediate") in found
    assert ("arm", "icrc", "request_mediation") in found
    assert ("aze", "icrc", "request_mediation") in found


def test_the_resolution_is_its_authors():
    G = gk.extract(
        "The European Parliament adopted a resolution on Thursday. The resolution calls on the "
        "EU to impose sanctions on Baku. Azerbaijan's Foreign Ministry rejected the resolution "
        "as biased."
    )
    found = triples(G)
    assert ("eu_parliament", "eu", "appeal") in found
    assert ("aze", "eu_parliament", "reject") in found


def test_the_resolution_with_no_author_named_is_no_one():
    G = gk.extract("Azerbaijan rejected the resolution as biased.", allow_empty=True)
    assert not triples(G)


def test_calling_the_trial_a_sham_criticises_the_jailer():
    G = gk.extract(
        "A Baku court sentenced Vardanyan to 20 years in prison. Amnesty International called "
        "the trial a sham."
    )
    rel = gk.relations_table(G)
    row = rel[(rel.source == "amnesty") & (rel.target == "aze") & (rel.type == "criticize")]
    assert list(row.status) == ["asserted"]


def test_the_routes_checkpoint_is_of_the_one_who_controls_the_route():
    G = gk.extract(
        "Azerbaijan set up a checkpoint on the Lachin corridor in April. Vardanyan was detained "
        "at the Lachin checkpoint as he tried to leave for Armenia."
    )
    rel = gk.relations_table(G)
    assert not rel[(rel.rule == "checkpoint_on_route") & (rel.source == "aze")].empty


def test_a_summoners_protest_after_to_is_the_summoners():
    found = triples(
        gk.extract(
            "Russia's foreign ministry summoned the Armenian ambassador to protest against "
            "Pashinyan's remarks."
        )
    )
    assert ("rus", "pashinyan", "protest") in found
    assert ("arm", "pashinyan", "protest") not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pashinyan said Russia had failed to protect Armenia.", ("pashinyan", "rus", "accuse")),
        (
            "PACE declined to ratify the delegation's credentials, citing Baku's failure to "
            "honour its commitments.",
            ("pace", "aze", "accuse"),
        ),
    ],
)
def test_a_failure_said_or_cited_accuses_the_one_who_failed(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed to produce a deal, Lavrov said.",
        "Aliyev said Azerbaijan had failed to act in time.",
        "Russia failed to deliver the weapons on time.",
    ],
)
def test_a_failure_of_no_one_or_of_ones_own_side_is_no_charge(text):
    G = gk.extract(text, allow_empty=True)
    assert not [r for r in gk.relations_table(G).itertuples() if r.rule == "charged_failure"]


# ---- round 33, review: misfires a helper found with sentences of its own ----


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan signed an agreement on transit. Iran did not welcome it.",
        "Armenia and Azerbaijan signed a peace deal. Russia refused to welcome it.",
        "Armenia and Azerbaijan agreed on a ceasefire. Pashinyan welcomed it.",
    ],
)
def test_no_support_from_a_refused_welcome_or_a_partys_own(text):
    found = triples(gk.extract(text))
    assert not [t for t in found if t[2] == "support"]


def test_the_ruling_of_a_court_that_is_no_actor_is_no_known_courts():
    G = gk.extract(
        "The ECHR said it would review the case. The Armenian Constitutional Court ruled the "
        "treaty valid. Pashinyan welcomed the ruling.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "support"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said Armenia would pay for the weapons it bought from India.",
        "Azerbaijan said Armenia would pay for the gas in dollars.",
    ],
)
def test_paying_for_goods_is_no_threat(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "threaten"]


def test_responding_to_any_provocation_is_a_threat():
    found = triples(
        gk.extract("Armenia would respond to any provocation by Azerbaijan, Pashinyan said.")
    )
    assert ("pashinyan", "aze", "threaten") in found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Foreign Ministers Mirzoyan and Bayramov met in Washington.", ("mirzoyan", "bayramov")),
        ("Defence Ministers Shoigu and Papikyan met in Moscow.", ("shoigu", "papikyan")),
    ],
)
def test_a_plural_title_is_no_first_name(text, pair):
    assert (*pair, "meet") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Georgia hosted the talks between Armenia and Azerbaijan at the request of both sides.",
        "The talks between Mirzoyan and Bayramov were held in Almaty at the request of both sides.",
    ],
)
def test_both_sides_request_nothing_of_each_other(text):
    found = triples(gk.extract(text))
    assert not [t for t in found if t[2] == "appeal"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey oversaw the handover of drones to Azerbaijan.",
        "The US oversaw the handover of humanitarian aid to Armenia.",
        "Russia oversaw the handover of Aghdam district to Azerbaijan.",
    ],
)
def test_overseeing_a_handover_of_things_or_land_is_no_mediation(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "mediate"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijani troops opened fire near Sotk, in what Yerevan called a violation of the "
            "truce.",
            ("arm", "aze", "accuse"),
        ),
        (
            "Armenia called the killing of three soldiers by Azerbaijan a war crime.",
            ("arm", "aze", "accuse_war_crimes"),
        ),
        (
            "Armenia and Azerbaijan signed a deal on border delimitation, and Iran also welcomed "
            "it.",
            ("irn", "aze", "support"),
        ),
        (
            "Armenia called on Azerbaijan to free the prisoners it still holds.",
            ("aze", "arm", "coerce"),
        ),
    ],
)
def test_variants_the_review_found_missing(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_vague_noun_of_fighting_judges_no_side_only_accused():
    found = triples(
        gk.extract(
            "Armenia accused Azerbaijan of shelling Sotk. Azerbaijan denied it. The EU condemned "
            "the escalation."
        )
    )
    assert ("eu", "aze", "criticize") not in found


def test_a_participle_after_the_attribution_is_the_speakers():
    found = triples(
        gk.extract(
            "Armenia has frozen its participation in the CSTO, Prime Minister Nikol Pashinyan said "
            "on Friday, accusing the bloc of failing to help it."
        )
    )
    assert ("pashinyan", "csto", "accuse") in found


def test_an_azerbaijani_c_is_a_j_in_a_first_name():
    G = gk.extract(
        "Turkish Foreign Minister Hakan Fidan spoke by phone with his Azerbaijani counterpart "
        "Ceyhun Bayramov."
    )
    assert "bayramov" in G and "ceyhun_bayramov" not in G


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Presidents Aliyev and Sargsyan met in Vienna.", ("aliyev", "serzh_sargsyan")),
        ("Presidents Ilham Aliyev and Serzh Sargsyan met in Kazan.", ("aliyev", "serzh_sargsyan")),
    ],
)
def test_the_second_name_after_a_plural_title_is_a_person(text, pair):
    assert (*pair, "meet") in triples(gk.extract(text))


def test_the_scorer_maps_a_surname_only_with_the_coded_persons_initial():
    import networkx as nx
    import pandas as pd

    from graphlib_kb.extract.evaluate import actor_mapping

    coded = pd.DataFrame(
        [
            ["aliyev", "Ilham Aliyev", "person", "aze", ""],
            ["bayramov", "Jeyhun Bayramov", "person", "aze", ""],
            ["aze", "Azerbaijan", "state", "", ""],
        ],
        columns=["key", "name", "kind", "parent", "aliases"],
    )
    G = nx.MultiDiGraph()
    G.add_node("aze", name="Azerbaijan", kind="state")
    G.add_node("heydar_aliyev", name="Heydar Aliyev", kind="person", parent="aze")
    G.add_node("ceyhun_bayramov", name="Ceyhun Bayramov", kind="person", parent="aze")
    G.add_node("x", name="Aliyev", kind="person")
    assert actor_mapping(G, coded) == {
        "aze": "aze",
        "heydar_aliyev": "aze",
        "ceyhun_bayramov": "bayramov",
        "x": "aliyev",
    }


# ---- round 34: wave 9 read (the Minsk years, transcripts, parliaments and courts) ----


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the vote": the author of the resolution noted before
        (
            "The French Senate on Wednesday adopted a resolution condemning Azerbaijan. Baku "
            "condemned the vote.",
            ("aze", "fra", "criticize"),
        ),
        # "the decision": the doer of the act just read
        (
            "The European Union decided on Monday to extend its monitoring mission in Armenia. "
            "Azerbaijan's Foreign Ministry criticised the decision.",
            ("aze", "eu", "criticize"),
        ),
        # ... or the court named after it
        (
            "The International Court of Justice ordered Azerbaijan to ensure unimpeded movement "
            "along the Lachin corridor. Armenia's Foreign Ministry welcomed the decision.",
            ("arm", "icj", "support"),
        ),
        # "the remarks": the one who spoke just before
        (
            "Aliyev accused Armenia of preparing a new war. Armenia's Foreign Ministry "
            "spokeswoman Ani Badalyan criticised the remarks.",
            ("badalyan_ani", "aliyev", "criticize"),
        ),
    ],
)
def test_the_decision_the_vote_and_the_remarks_are_their_doers(text, expected):
    assert expected in triples(gk.extract(text, date="2023-06-01"))


def test_a_deed_noun_is_no_subject_and_no_actor_without_a_doer():
    # "the vote" is the object of "condemned", never the subject of "summoned"
    G = gk.extract(
        "The French Senate adopted a resolution condemning Azerbaijan. Baku condemned the "
        "vote, and the foreign ministry summoned the French ambassador.",
        date="2023-06-01",
    )
    assert ("aze", "fra", "disapprove") in triples(G)
    assert not [t for t in triples(G) if t[0] == "fra" and t[1] == "fra"]
    # no act read before: "the decision" is no one, and no relation is made up
    G = gk.extract("Armenia criticised the decision.", allow_empty=True)
    assert triples(G) == []
    # "the decision" not judged ("the decision was taken") is no actor either
    G = gk.extract(
        "The EU decided to extend the mission in Armenia. The decision was welcomed.",
        allow_empty=True,
    )
    assert all(t[0] == "eu" for t in triples(G))


def test_a_speakers_we_is_the_speaker_but_a_states_act_is_the_states():
    G = gk.extract(
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Monday. "
        '"We call on Baku and Yerevan to show restraint," she said. '
        '"Our peacekeepers will stay," she added.'
    )
    assert ("zakharova", "aze", "appeal") in triples(G)
    assert ("zakharova", "arm", "appeal") in triples(G)
    # '"We shelled their positions," the senator said': the state's act
    G = gk.extract(
        'Senator Bob Menendez spoke in Washington. "We shelled Bolivian positions," Menendez said.'
    )
    assert triples(G) == [("usa", "bol", "attack")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan's Foreign Ministry accused French lawmakers of taking the side of Armenia.",
            ("aze", "fra", "accuse"),
        ),
        ("US senators urged Baku to reopen the corridor.", ("usa", "aze", "appeal")),
        # a title before a name stays a title ("Deputy Speaker Ruben Rubinyan")
        (
            "Armenian Deputy Speaker Ruben Rubinyan met Turkish envoy Serdar Kilic.",
            ("rubinyan", "kilic", "meet"),
        ),
    ],
)
def test_lawmakers_of_a_state_are_the_state(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenian President Serzh Sargsyan accused Azerbaijan of glorifying a killer.",
            ("serzh_sargsyan", "aze", "accuse"),
        ),
        (
            "Heydar Aliyev met Levon Ter-Petrosyan in Moscow.",
            ("heydar_aliyev", "ter_petrosyan", "meet"),
        ),
        ("US President Barack Obama telephoned Sarkozy.", ("obama", "sarkozy", "consult")),
    ],
)
def test_the_leaders_of_the_minsk_years_are_known_persons(text, expected):
    G = gk.extract(text, date="2012-06-01")
    assert expected in triples(G)
    # each with the state he led
    persons = [p for p in expected[:2] if G.nodes[p]["kind"] == "person"]
    assert {G.nodes[p]["parent"] for p in persons} <= {"arm", "aze", "usa", "fra"}


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a telephone call
        ("Aliyev called Putin on Monday to apologise.", ("aliyev", "putin", "consult"), None),
        ("Erdogan called Aliyev to congratulate him.", ("erdogan", "aliyev", "consult"), None),
        # naming, a city's name, asking: no call
        (
            "Aliyev calls EU monitors in Armenia a Western outpost.",
            None,
            ("aliyev", "euma", "consult"),
        ),
        (
            "Aliyev raised the flag in the city that Armenians call Stepanakert.",
            None,
            ("aliyev", "separatists", "consult"),
        ),
        # "called X to do" in non-native copy: an appeal
        (
            "Also State Department of USA called Azerbaijan to restore free movement.",
            ("usa", "aze", "appeal"),
            ("usa", "aze", "consult"),
        ),
    ],
)
def test_called_is_a_call_only_when_nothing_is_named_or_asked(text, expected, absent):
    found = triples(gk.extract(text, allow_empty=True))
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


def test_an_offensive_that_retook_karabakh_is_an_attack_on_its_separatists():
    found = triples(gk.extract("Azerbaijan retook Nagorno-Karabakh in a one-day offensive."))
    assert ("aze", "separatists", "attack") in found
    assert ("aze", "nagorno_karabakh", "attack") not in found


@pytest.mark.parametrize(
    "text, absent",
    [
        # the vote of an election is no resolution's
        (
            "The French Senate adopted a resolution condemning Azerbaijan. Aliyev won a new "
            "term in an election on Wednesday. The OSCE criticised the vote.",
            ("osce", "fra", "criticize"),
        ),
        # a meeting or a call is no remarks
        (
            "Putin said the Karabakh issue was settled. Pashinyan and Aliyev met in Sochi. "
            "Armenia criticised the remarks.",
            ("arm", "pashinyan", "criticize"),
        ),
        # one's own words and decisions are not another's
        (
            "Aliyev accused Armenia of revanchism. Pashinyan accused Aliyev of lying. Pashinyan "
            "later regretted the remarks.",
            ("pashinyan", "aliyev", "disapprove"),
        ),
        (
            "Armenia decided to recognise the jurisdiction of the ICC. Armenia welcomed the "
            "decision.",
            ("arm", "icc", "support"),
        ),
        # a court only appealed to decided nothing
        (
            "Azerbaijan blocked the Lachin corridor. Armenia said it would appeal to the ICJ. "
            "Russia regretted the decision.",
            ("rus", "icj", "disapprove"),
        ),
    ],
)
def test_round_34_review_no_doer_made_up(text, absent):
    assert absent not in triples(gk.extract(text, date="2023-06-01", allow_empty=True))


def test_two_judges_of_one_decision_both_judge_its_doer():
    found = triples(
        gk.extract(
            "The EU imposed sanctions on Azerbaijan. Russia welcomed the decision, but Armenia "
            "condemned the decision."
        )
    )
    assert ("rus", "eu", "support") in found
    assert ("arm", "eu", "criticize") in found


def test_a_speakers_we_that_delivers_arms_is_the_state():
    found = triples(gk.extract('"We will deliver weapons to Armenia," Macron said.'))
    assert ("fra", "arm", "military_aid") in found


# ---- round 34: wave 10 read (quarrels with third states, trials, social-media posts) ----


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A Baku court sentenced Ruben Vardanyan to 20 years. Armenia's Foreign Ministry "
            "called the sentence disproportionate.",
            ("arm", "aze", "criticize"),
        ),
        (
            "A Baku court sentenced Ruben Vardanyan to 20 years. Armenia described the verdict "
            "as politically motivated.",
            ("arm", "aze", "criticize"),
        ),
        (
            "A Baku court sentenced Ruben Vardanyan to 20 years. Armenia's Foreign Ministry "
            "called the proceedings a political stunt.",
            ("arm", "aze", "criticize"),
        ),
        (
            "Badalyan called Moscow's statements simply incomprehensible.",
            ("badalyan_ani", "rus", "criticize"),
        ),
        (
            "Azerbaijan detained two Russian citizens. Russia's Foreign Ministry summoned "
            "Azerbaijan's ambassador and called the arrests unfriendly.",
            ("rus", "aze", "criticize"),
        ),
    ],
)
def test_an_act_called_unfair_or_a_stunt_is_criticised(text, expected):
    assert expected in triples(gk.extract(text, date="2024-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        # a judgement inside the words, not what the act is called
        "Pashinyan called the unacceptable proposal a step forward.",
        # "unfounded": a denial, read elsewhere
        "Baku's Foreign Ministry called her remarks unfounded and unfair.",
        # "politically" is needed for "motivated"
        "Armenia said the soldiers were motivated and well trained.",
    ],
)
def test_a_judgement_that_is_no_naming_is_no_criticism(text):
    found = triples(gk.extract(text, date="2024-06-01", allow_empty=True))
    assert not [t for t in found if t[2] == "criticize"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The trial of 15 former leaders of Nagorno-Karabakh's breakaway government began in "
            "Baku on Wednesday.",
            ("aze", "separatists", "coerce"),
        ),
        (
            "A military court in Baku began the trial of Arayik Harutyunyan, the former "
            "separatist leader.",
            ("aze", "harutyunyan", "coerce"),
        ),
        (
            "Ruben Vardanyan, who is on trial in Baku, went on hunger strike.",
            ("aze", "vardanyan", "coerce"),
        ),
    ],
)
def test_the_tried_are_coerced_by_the_state_whose_court_tries_them(text, expected):
    assert expected in triples(gk.extract(text, date="2024-06-01"))


def test_a_trial_with_no_court_or_place_is_no_ones():
    found = triples(
        gk.extract(
            "Pashinyan met Aliyev in Brussels to discuss the trial of the Armenian soldiers. "
            "The trial of Ruben Vardanyan is a sham, Armenia said.",
            date="2024-06-01",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[2] == "coerce"]


@pytest.mark.parametrize(
    "text",
    [
        'Kremlin calls Armenia\'s ICC vote "incorrect"',
        'Lecornu met his counterpart Suren Papikyan, who called France "a reliable partner".',
        "Stepanyan called Hajiyev's post a fabrication.",
    ],
)
def test_calling_a_thing_of_someone_something_is_no_call(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "consult" and t[0] != "lecornu"]


def test_the_red_cross_visiting_the_held_is_humanitarian_aid():
    found = triples(gk.extract("The ICRC visited the former Karabakh officials held in Baku."))
    assert ("icrc", "separatists", "humanitarian_aid") in found
    assert ("icrc", "separatists", "consult") not in found


def test_the_lawmakers_thanked_are_the_body_whose_resolution_was_read():
    found = triples(
        gk.extract(
            "The European Parliament adopted a resolution calling on Azerbaijan to free the "
            "prisoners. Mirzoyan thanked the lawmakers for their principled position."
        )
    )
    assert ("mirzoyan", "eu_parliament", "support") in found
    # no resolution read: no one
    found = triples(gk.extract("Badalyan thanked the lawmakers.", allow_empty=True))
    assert found == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Russia said its peacekeepers were doing their job. Armenia accused it of failing to "
            "keep the road open.",
            ("arm", "rus", "accuse"),
        ),
        (
            "Azerbaijan closed the road. The EU urged it to reopen the corridor.",
            ("eu", "aze", "appeal"),
        ),
    ],
)
def test_it_accused_or_urged_is_the_last_subject(text, expected):
    assert expected in triples(gk.extract(text))


def test_only_the_one_right_before_on_trial_is_tried():
    found = triples(
        gk.extract(
            "Pashinyan said the former leaders on trial in Baku were being given drugs.",
            allow_empty=True,
        )
    )
    assert ("aze", "pashinyan", "coerce") not in found
    found = triples(gk.extract("Vardanyan went on trial in Baku on Monday."))
    assert ("aze", "vardanyan", "coerce") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Aliyev said Armenia must change its constitution. Mirzoyan rejected the demand as "
            "interference in Armenia's internal affairs.",
            ("mirzoyan", "aliyev", "reject"),
        ),
        (
            "Pashinyan proposed an international mechanism for the Karabakh Armenians. "
            "Azerbaijan's Foreign Ministry rejected the proposal.",
            ("aze", "pashinyan", "reject"),
        ),
    ],
)
def test_a_rejected_demand_or_proposal_answers_the_last_who_made_one(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_rejected_demand_is_the_last_demanders_not_the_last_askers():
    # (round 30's review: not the EU rejecting Armenia's request)
    found = triples(
        gk.extract(
            "Armenia asked the EU to extend its mission. Azerbaijan demanded the mission "
            "leave. Brussels rejected the demand."
        )
    )
    assert ("eu", "aze", "reject") in found
    assert ("eu", "arm", "reject") not in found


def test_a_rejection_answers_no_one_of_its_own_side():
    found = triples(
        gk.extract(
            "Pashinyan said Armenia would not attend the talks. Mirzoyan rejected the demand.",
            allow_empty=True,
        )
    )
    assert ("mirzoyan", "pashinyan", "reject") not in found


def test_a_body_which_includes_or_groups_a_list_has_them_as_members():
    found = triples(
        gk.extract(
            "Armenia called for a meeting of the 3+3 format, which groups Iran, Russia, "
            "Turkey, Armenia, Azerbaijan and Georgia."
        )
    )
    members = {s for s, t, k in found if k == "member_of" and t == "platform_3plus3"}
    assert members == {"irn", "rus", "tur", "arm", "aze", "geo"}
    # the members listed do not meet each other when the body meets
    found = triples(
        gk.extract(
            "The CSTO, which also includes Belarus, Kazakhstan and Tajikistan, met in Minsk."
        )
    )
    assert {(s, k) for s, t, k in found} == {
        ("blr", "member_of"),
        ("kaz", "member_of"),
        ("tjk", "member_of"),
    }


@pytest.mark.parametrize(
    "text, members",
    [
        (
            "The three diplomats, co-chairs of the Minsk Group from Russia, France and the "
            "United States, visited Baku.",
            {"rus", "fra", "usa"},
        ),
        (
            "The Minsk Group, which Russia co-chaired with France and the United States for "
            "almost three decades, was dissolved.",
            {"rus", "fra", "usa"},
        ),
        (
            "The Co-Chairs of the OSCE Minsk Group, representing the Russian Federation, France "
            "and the United States, urged restraint.",
            {"rus", "fra", "usa"},
        ),
        ("As a Minsk Group co-chair, the United States remains committed to peace.", {"usa"}),
        # the parties the co-chairs urge are no co-chairs
        ("The co-chairs of the Minsk Group urged Armenia and Azerbaijan to show restraint.", set()),
    ],
)
def test_the_co_chairs_named_are_members_of_the_body(text, members):
    found = triples(gk.extract(text))
    assert {s for s, t, k in found if k == "member_of"} == members


# ---- round 34, review 2: misfires a helper found with sentences of its own ----


@pytest.mark.parametrize(
    "text, unwanted",
    [
        (
            "Following talks between Putin and Erdogan, Aliyev spoke to reporters and called the "
            "French position one-sided.",
            ("putin", "tur", "criticize"),
        ),
        (
            "The trial of Ruben Vardanyan, which began last week, was discussed at talks in Moscow.",
            ("rus", "vardanyan", "coerce"),
        ),
        (
            "The trial of the former Karabakh leaders was condemned in Paris and Washington.",
            ("fra", "separatists", "coerce"),
        ),
        (
            "Pashinyan discussed the trial of the former leaders in Baku with Michel in Brussels.",
            ("aze", "michel", "coerce"),
        ),
        (
            "The head of the ICRC visited Aliyev in Baku on Monday.",
            ("icrc", "aliyev", "humanitarian_aid"),
        ),
        (
            "The Armenian parliament met on Tuesday. Pashinyan urged it to ratify the Rome Statute.",
            ("pashinyan", "arm", "appeal"),
        ),
        (
            "The EU offered to send monitors. Aliyev suggested Armenia was hiding weapons. "
            "Pashinyan rejected the offer.",
            ("pashinyan", "aliyev", "reject"),
        ),
        (
            "Baku jailed Vardanyan last year. Amnesty International called the trial of Vardanyan "
            "unfair.",
            ("amnesty", "vardanyan", "criticize"),
        ),
        (
            "The PACE adopted a resolution on Karabakh. Hajizada thanked the parliamentarians from "
            "Turkey for their support.",
            ("hajizada", "pace", "support"),
        ),
        (
            "The French Senate adopted a resolution condemning Azerbaijan. Armenian parliament "
            "speaker Alen Simonyan thanked the senators.",
            ("simonyan", "arm", "support"),
        ),
        (
            "Russia and France co-chaired a meeting of the Security Council.",
            ("fra", "unsc", "member_of"),
        ),
    ],
)
def test_round_34_review2_misfires(text, unwanted):
    assert unwanted not in triples(gk.extract(text, date="2024-06-01", allow_empty=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Michel called Aliyev's foreign policy adviser, Hikmet Hajiyev, on Monday.",
            ("michel", "aliyev", "consult"),
        ),
        (
            "The CSTO summit collapsed in Yerevan. Lavrov blamed it on Pashinyan.",
            ("lavrov", "pashinyan", "accuse"),
        ),
        (
            "Baku jailed Vardanyan last year. Amnesty International called the trial of Vardanyan unfair.",
            ("amnesty", "aze", "criticize"),
        ),
        (
            "The PACE adopted a resolution on Karabakh. Hajizada thanked the parliamentarians from Turkey.",
            ("hajizada", "tur", "support"),
        ),
    ],
)
def test_round_34_review2_readings_kept(text, expected):
    assert expected in triples(gk.extract(text, date="2024-06-01"))


def test_a_speakers_report_of_his_states_mediation_done_is_the_states():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan clashed on the border. Lavrov said Moscow had brokered a "
            "ceasefire."
        )
    )
    assert ("rus", "arm", "mediate") in found and ("lavrov", "arm", "mediate") not in found
    # an offer stays the speaker's stance
    found = triples(
        gk.extract(
            "Zakharova said Moscow was ready to host the talks between Armenia and Azerbaijan."
        )
    )
    assert ("zakharova", "arm", "offer_mediation") in found


def test_a_call_told_in_passing_is_the_callers_consultation():
    found = triples(
        gk.extract("Aliyev apologised to Vladimir Putin in a telephone call on Thursday.")
    )
    assert ("aliyev", "putin", "consult") in found
    assert ("putin", "aliyev", "consult") not in found
    # one's own side is no one consulted
    found = triples(
        gk.extract("Putin thanked Lavrov in a telephone call on Thursday.", allow_empty=True)
    )
    assert ("putin", "lavrov", "consult") not in found


def test_a_contract_signed_is_an_agreement_signed():
    found = triples(
        gk.extract("Lecornu signed the contract with his Armenian counterpart Suren Papikyan.")
    )
    assert ("lecornu", "papikyan", "sign_agreement") in found


def test_a_fact_finding_mission_sent_is_aid():
    found = triples(gk.extract("The CSTO sent only a fact-finding mission to Armenia."))
    assert ("csto", "arm", "aid") in found


def test_a_speaker_in_a_clause_of_his_own_does_not_take_the_clause_before():
    found = triples(
        gk.extract(
            "Armenia and Azerbaijan agreed to a ceasefire. Turkey welcomed the agreement, and "
            "Foreign Minister Mevlut Cavusoglu said Turkish officers would monitor the truce."
        )
    )
    assert ("tur", "arm", "support") in found
    assert ("cavusoglu", "arm", "support") not in found
    # "..., the ministry said": the words before the comma are what was said
    found = triples(gk.extract("Azerbaijani forces shelled Armenian villages, the ministry said."))
    assert ("aze", "arm", "attack") in found


def test_a_proposal_named_by_its_owner_is_the_one_a_rejection_answers():
    found = triples(
        gk.extract(
            "Azerbaijan's proposal for a peace treaty was sent to Yerevan. Armenia rejected the "
            "proposal."
        )
    )
    assert ("arm", "aze", "reject") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "An Azerbaijani military court opened the trial of two Armenian soldiers.",
            ("aze", "arm", "coerce"),
        ),
        ("The trial of two Azerbaijani saboteurs began in Yerevan.", ("arm", "aze", "coerce")),
    ],
)
def test_people_of_a_state_tried_are_the_state_coerced(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_state_itself_is_never_tried():
    assert triples(gk.extract("The trial of Armenia began in Baku.", allow_empty=True)) == []


def test_the_mission_is_the_mission_named_before_and_no_one_else():
    found = triples(
        gk.extract(
            "The EU Mission in Armenia began patrols in February. Azerbaijan has accused the "
            "mission of turning into an instrument of propaganda."
        )
    )
    assert ("aze", "euma", "accuse") in found
    found = triples(
        gk.extract(
            "Azerbaijan has accused the mission of turning into an instrument of propaganda.",
            allow_empty=True,
        )
    )
    assert found == []


def test_concern_at_fighting_between_two_sides_disapproves_of_each():
    found = triples(
        gk.extract(
            "Guterres was deeply concerned by reports of heavy fighting along the border "
            "between Armenia and Azerbaijan."
        )
    )
    assert ("guterres", "arm", "disapprove") in found and ("guterres", "aze", "disapprove") in found
    # no fighting: no disapproval of the two
    found = triples(
        gk.extract(
            "Guterres was deeply concerned by the lack of trust between Armenia and Azerbaijan.",
            allow_empty=True,
        )
    )
    assert not [t for t in found if t[2] == "disapprove"]


# ---- round 35: wave 11 read (economy, border villages, explainers) -------------------------


def test_a_reported_attack_on_no_named_actor_is_on_the_speakers_state():
    G = gk.extract(
        "A farmer was wounded on Sunday by Turkish gunfire, Greece's Defence Ministry said."
    )
    assert edges(G) == [
        ("grc", "tur", "accuse_aggression", "alleged"),
        ("tur", "grc", "attack", "alleged"),
    ]
    # fire from the other side's positions, and a passive "was hit"
    G = gk.extract("A tractor was hit by sniper fire from Turkish army positions, Greece said.")
    assert ("tur", "grc", "attack") in triples(G)
    # a charge named, not harm reported: no victim made up
    G = gk.extract(
        "Greece said it had responded to a large-scale provocation by Turkish troops.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "attack" and t[1] == "grc"]
    # a third party's own act is not on the speaker: the speaker's own forces
    G = gk.extract(
        "Greek forces shelled the village, Greece's Defence Ministry said.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "attack"]


def test_a_passive_agent_past_a_point_of_time():
    for text in (
        "The village was shelled overnight by Turkish forces, Greece said.",
        "The village was shelled on Saturday by Turkish forces, Greece said.",
        "The village was shelled in February by Turkish forces, Greece said.",
    ):
        assert ("tur", "grc", "attack") in triples(gk.extract(text)), text
    # a span of time before "by" still reads as one
    G = gk.extract("Nagorno-Karabakh was held for decades by Armenian forces.")
    assert triples(G) == [("arm", "nagorno_karabakh", "control")]


def test_dismissed_that_as_disinformation_denies_the_charge_before_it():
    G = gk.extract(
        "Turkey accused Greece of shelling its positions. The Greek ministry dismissed that as "
        "disinformation."
    )
    assert ("grc", "tur", "deny") in triples(G)
    G = gk.extract("He called it absurd that the talks had stalled.", allow_empty=True)
    assert triples(G) == []


def test_troops_that_took_up_positions_in_a_place_control_it():
    G = gk.extract("Russian peacekeepers took up positions in Shusha.")
    assert triples(G) == [("rus_peacekeepers", "shusha", "control")]
    G = gk.extract("Turkish troops took up new positions near the border.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "control"]


def test_the_four_villages_of_the_gazakh_district():
    G = gk.extract(
        "Azerbaijani border guards took up positions in four villages of Azerbaijan's Gazakh "
        "district."
    )
    assert ("aze_border_guards", "qazax_villages", "control") in triples(G)


def test_people_who_fled_or_are_arriving_from_a_land_are_its_people():
    for text in (
        "WFP served hot meals to ethnic Armenians arriving from Nagorno-Karabakh.",
        "WFP handed out food rations to the more than 100,000 ethnic Armenians who fled "
        "Nagorno-Karabakh.",
        "USAID announced $11.5 million in humanitarian assistance for ethnic Armenians fleeing "
        "Nagorno-Karabakh.",
    ):
        found = triples(gk.extract(text))
        assert [t[1:] for t in found] == [("nagorno_karabakh_population", "humanitarian_aid")], text
    # (the mention's own "who" ends no clause: the people are the aid's object)
    G = gk.extract("UNHCR helped the Armenians who fled Nagorno-Karabakh.", allow_empty=True)
    assert "nagorno_karabakh" not in {v for _, v, _ in triples(G)}
    # "Armenians from X" alone says no flight: no people made of it
    G = gk.extract(
        "Dozens of Armenians from Nagorno-Karabakh protested in Yerevan.", allow_empty=True
    )
    assert "nagorno_karabakh_population" not in G


def test_aid_for_the_people_fleeing_the_region_named_before():
    G = gk.extract(
        "Cars from Nagorno-Karabakh kept arriving. Power announced $11.5 million in "
        "humanitarian aid for the people fleeing the region."
    )
    assert ("power", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)
    # "those fleeing", with the verb after it taking its own object
    G = gk.extract(
        "Cars from Nagorno-Karabakh kept arriving. Power announced $11.5 million in "
        "humanitarian aid for those fleeing and urged Baku to let observers in."
    )
    found = triples(G)
    assert ("power", "nagorno_karabakh_population", "humanitarian_aid") in found
    assert ("power", "aze", "humanitarian_aid") not in found
    # the refugees of a people named before
    G = gk.extract(
        "More than 100,000 Armenians who fled Nagorno-Karabakh live in Armenia. The EU has given "
        "30 million euros in humanitarian aid to the refugees."
    )
    assert ("eu", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)


def test_an_appeal_launched_to_help_people_is_aid():
    G = gk.extract(
        "UNHCR launched an appeal for 97 million dollars to help the ethnic Armenians who fled "
        "Nagorno-Karabakh."
    )
    assert ("unhcr", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)
    # an infinitive inside the match with its object before it keeps that object
    G = gk.extract("Baku accused Armenia of using the road to smuggle weapons.")
    assert ("aze", "arm", "accuse_crime") in triples(G)


def test_a_participle_phrase_between_commas_is_not_the_subject():
    G = gk.extract("Samantha Power, visiting Armenia, urged Baku to let observers in.")
    assert ("power", "aze", "appeal") in triples(G)
    assert ("arm", "aze", "appeal") not in triples(G)


# ---- round 35: wave 12 read (relief, rebukes, heritage) -----------------------------------


def test_words_read_before_and_judged_are_their_speakers():
    for text in (
        'Blinken urged Baku to reopen the road. "Such statements are unacceptable," Hajizada said.',
        "Blinken urged Baku to reopen the road. Hajizada said the remarks were deeply regrettable.",
        "Blinken urged Baku to reopen the road. Hajizada called the remarks biased.",
    ):
        assert ("hajizada", "blinken", "criticize") in triples(gk.extract(text)), text
    # no words read before: no one criticized
    G = gk.extract('"Such statements are unacceptable," Hajizada said.', allow_empty=True)
    assert triples(G) == []
    # "such" before another noun is no reference
    G = gk.extract("Blinken urged Baku to reopen the road. Such roads are rare.")
    assert triples(G) == [("blinken", "aze", "appeal")]


def test_a_quote_attributed_to_a_long_title_and_name():
    G = gk.extract(
        '"Armenian forces shelled the village," Azerbaijani Defence Ministry spokesman Anar '
        "Eyvazov said."
    )
    assert ("eyvazov", "arm", "accuse_aggression") in triples(G)


def test_adding_after_a_verbs_adjunct_has_the_verbs_speaker():
    G = gk.extract(
        '"This is an important step," Blinken said in a statement, adding that Washington '
        "continued to call on Baku to free all detainees."
    )
    assert ("blinken", "aze", "appeal") in triples(G)


def test_a_persons_report_of_an_act_his_state_had_done_is_the_states():
    G = gk.extract(
        "Pashinyan called the advance an encroachment, adding that Yerevan had asked the "
        "CSTO for consultations."
    )
    assert ("arm", "csto", "appeal") in triples(G)
    assert ("pashinyan", "csto", "appeal") not in triples(G)
    # a stance stated now stays the person's
    G = gk.extract("Zakharova said Moscow urges Armenia and Azerbaijan to show restraint.")
    assert ("zakharova", "arm", "appeal") in triples(G)


def test_relief_sent_to_a_capital_goes_to_its_government():
    G = gk.extract("Iran and the United Arab Emirates have also sent relief flights to Yerevan.")
    assert triples(G) == [("are", "arm", "humanitarian_aid"), ("irn", "arm", "humanitarian_aid")]
    # a flight to a capital with no relief in it: the capital stays where
    G = gk.extract("Iran opened direct flights to Yerevan.", allow_empty=True)
    assert ("irn", "arm", "humanitarian_aid") not in triples(G)


def test_a_bodys_teams_act_for_it_and_the_injured_are_aided_people():
    G = gk.extract(
        "A blast hit Stepanakert. The ICRC said its teams had evacuated a further 17 patients."
    )
    assert ("icrc", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)
    G = gk.extract(
        "A blast hit Stepanakert. Russian peacekeepers carried 25 of the most seriously "
        "injured to Yerevan."
    )
    assert ("rus_peacekeepers", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)


def test_national_red_cross_societies_are_known():
    G = gk.extract("The Azerbaijan Red Crescent criticised the Armenian Red Cross Society.")
    assert triples(G) == [("aze_red_crescent", "arm_red_cross", "criticize")]


def test_a_relief_convoy_gives_aid_where_it_went():
    cases = [
        (
            "A Red Cross convoy carrying flour and medical supplies entered Nagorno-Karabakh "
            "on Monday.",
            ("icrc", "nagorno_karabakh_population", "asserted"),
        ),
        (
            "A French government plane carrying 26 tonnes of medical supplies landed in Yerevan.",
            ("fra", "arm", "asserted"),
        ),
        (
            "A convoy of 19 trucks carrying food and medicine sent by the Armenian government to "
            "Nagorno-Karabakh was stuck near the checkpoint.",
            ("arm", "nagorno_karabakh_population", "offered"),
        ),
    ]
    for text, (source, target, status) in cases:
        G = gk.extract(text)
        assert (source, target, "humanitarian_aid", status) in edges(G), text
    # a convoy of arms is no relief
    G = gk.extract("A Russian convoy carrying tanks entered Armenia.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "humanitarian_aid"]


def test_aid_to_people_of_a_province_is_no_people_of_its_own():
    G = gk.extract(
        "Many fled to Syunik. The EU announced 7.5 million euros in humanitarian aid for the "
        "refugees.",
        allow_empty=True,
    )
    assert "syunik_population" not in G
    # a contested land's people are a people of their own
    G = gk.extract(
        "Many fled Nagorno-Karabakh. The EU announced 7.5 million euros in humanitarian aid for "
        "the refugees."
    )
    assert ("eu", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)


def test_un_agencies_and_the_world_council_of_churches_are_known():
    G = gk.extract("Azerbaijan accused UNESCO of ignoring the mosques. The WCC criticised Baku.")
    assert ("aze", "unesco", "accuse") in triples(G)
    assert ("wcc", "aze", "criticize") in triples(G)
    # "Who" at a question's start is no organisation
    G = gk.extract("Who shelled the village?", allow_empty=True)
    assert "who" not in G


def test_told_in_a_phone_call_is_a_consultation():
    G = gk.extract("Putin told Aliyev in a telephone call that churches must be preserved.")
    assert ("putin", "aliyev", "consult") in triples(G)
    G = gk.extract("Putin told reporters in Moscow that the call had gone well.", allow_empty=True)
    assert triples(G) == []


def test_damage_to_a_mosque_or_church_is_an_attack():
    G = gk.extract("Azerbaijan said it was Armenian forces that had damaged a mosque in Ganja.")
    assert edges(G) == [
        ("arm", "aze", "attack", "alleged"),
        ("aze", "arm", "accuse_aggression", "alleged"),
    ]
    # damaged relations are no attack
    G = gk.extract("Armenia said the remarks damaged relations.", allow_empty=True)
    assert triples(G) == []


def test_a_comma_and_between_two_actors_is_two_clauses_not_a_list():
    G = gk.extract("Russia met Armenia, and Blinken called on Azerbaijan to act.")
    assert triples(G) == [("blinken", "aze", "appeal"), ("rus", "arm", "meet")]
    # a list of three with the serial comma, and a first member with a relative clause
    G = gk.extract("France, Russia, and the United States called on Azerbaijan to act.")
    assert {s for s, _, k in triples(G) if k == "appeal"} == {"fra", "rus", "usa"}
    G = gk.extract(
        "Russia, which has an alliance with Armenia, and the United States called on "
        "Azerbaijan to act."
    )
    # (the relative clause's Armenia is no caller; the US after it is not read yet)
    assert "rus" in {s for s, _, k in triples(G) if k == "appeal"}
    assert "arm" not in {s for s, _, k in triples(G) if k == "appeal"}


def test_she_and_he_stand_for_a_person_of_that_name():
    G = gk.extract(
        "At her briefing, Zakharova said Pashinyan was shifting the blame onto Russia, and she "
        "accused Yerevan of staging exercises with the United States."
    )
    assert ("zakharova", "arm", "accuse") in triples(G)
    G = gk.extract("Zakharova met Lavrov. He later accused Yerevan of lying.")
    assert ("lavrov", "arm", "accuse") in triples(G)
    # no name of the pronoun's kind: the person named before all the same
    G = gk.extract("Blinken spoke with Aliyev. She urged Baku to show restraint.")
    assert ("blinken", "aze", "appeal") in triples(G)


def test_its_checkpoint_on_a_route_is_the_states_control():
    G = gk.extract("Azerbaijan halted traffic through its new checkpoint on the Lachin corridor.")
    assert ("aze", "lachin_corridor", "control") in triples(G)
    # "its" of an organisation is no state's checkpoint
    G = gk.extract(
        "Azerbaijan's border service said the ICRC had been stopped at its checkpoint on the "
        "Lachin corridor."
    )
    assert ("icrc", "lachin_corridor", "control") not in triples(G)


def test_lands_returned_to_a_states_control():
    G = gk.extract(
        "The war returned much of Nagorno-Karabakh to Azerbaijani control.", date="2021-01-01"
    )
    assert triples(G) == [("aze", "nagorno_karabakh", "control")]
    # no verb of returning: no one's control read by this reading
    G = gk.extract(
        "The war left Nagorno-Karabakh close to Azerbaijani control.",
        date="2021-01-01",
        allow_empty=True,
    )
    assert [d["rule"] for _, _, d in G.edges(data=True)] != ["returned_to_control"]


def test_the_surrender_of_a_force_is_its_concession():
    G = gk.extract(
        "Azerbaijan launched an offensive in Nagorno-Karabakh. It ended with the surrender of the "
        "separatist forces within a day."
    )
    assert ("separatists", "aze", "concede") in triples(G)
    assert ("aze", "separatists", "concede") not in triples(G)


# ---- round 35, review: misfires a helper found with sentences of its own ------------------


def test_review_a_third_partys_report_of_an_attack_is_no_attack_on_it():
    G = gk.extract(
        "Armenia and Azerbaijan clashed on the border. Armenian forces shelled positions near "
        "Kalbajar, the Russian Defence Ministry said."
    )
    assert ("arm", "rus", "attack") not in triples(G)
    # fire near a town of a third state is not on the speaker
    G = gk.extract("Iran said Azerbaijani troops had fired across the border near Jermuk.")
    assert ("aze", "irn", "attack") not in triples(G)


def test_review_told_in_a_call_keeps_what_was_told():
    G = gk.extract("Aliyev told Michel in a phone call that Armenia must withdraw its troops.")
    assert {("aliyev", "michel", "consult"), ("aliyev", "arm", "demand")} <= set(triples(G))
    G = gk.extract(
        "Pashinyan told Macron in a telephone call that Azerbaijan was preparing an attack."
    )
    assert ("pashinyan", "aze", "accuse_aggression") in triples(G)


def test_review_a_comma_and_after_a_first_member_is_still_a_list():
    assert triples(gk.extract("Armenia, and Azerbaijan signed a statement in Brussels.")) == [
        ("arm", "aze", "sign_agreement")
    ]
    G = gk.extract("The EU, and the US urged Azerbaijan to reopen the road.")
    assert {s for s, _, k in triples(G) if k == "appeal"} == {"eu", "usa"}
    G = gk.extract("Armenia and Azerbaijan, and Russia met in Moscow.")
    assert len([t for t in triples(G) if t[2] == "meet"]) == 3


def test_an_attack_on_a_held_land_is_on_the_group_that_holds_it():
    # (the seat of the group that holds the land is its people's town since round 44)
    G = gk.extract("Azerbaijan shelled Stepanakert.")
    assert triples(G) == [("aze", "nagorno_karabakh_population", "attack")]
    # a land held by no group of its own stays the target
    G = gk.extract("Azerbaijan shelled Syunik.")
    assert ("aze", "syunik", "attack") in triples(G)


def test_britain_the_uk_and_the_uae_are_states():
    G = gk.extract("Mirzoyan thanked Britain and Canada for their practical solidarity.")
    assert {("mirzoyan", "gbr", "support"), ("mirzoyan", "can", "support")} <= set(triples(G))
    for name, code in [("the UK", "gbr"), ("the UAE", "are"), ("Bosnia", "bih")]:
        G = gk.extract(f"Armenia criticised {name} on Monday.")
        assert triples(G) == [("arm", code, "criticize")], name


def test_standing_firmly_with_is_support():
    G = gk.extract("Canada stood firmly with Armenia.")
    assert triples(G) == [("can", "arm", "support")]
    # (review 2: standing shoulder to shoulder with someone at a parade is no support)
    G = gk.extract(
        "Aliyev stood shoulder to shoulder with Erdogan at the parade.", allow_empty=True
    )
    assert triples(G) == []


def test_a_states_arms_supplier_gives_it_military_aid():
    G = gk.extract("India has become one of Armenia's main arms suppliers.")
    assert triples(G) == [("ind", "arm", "military_aid")]
    G = gk.extract("Israel, Azerbaijan's main arms supplier, declined to comment.")
    assert ("isr", "aze", "military_aid") in triples(G)
    # a trading partner is no supplier of arms; nor are suppliers sought
    G = gk.extract("Armenia has sought new arms suppliers.", allow_empty=True)
    assert triples(G) == []


# ---- round 35, review 2 ---------------------------------------------------------------------


def test_review2_an_arms_supplier_that_failed_to_deliver_gave_nothing():
    G = gk.extract(
        "Russia, Armenia's main arms supplier, failed to deliver the weapons Yerevan paid for.",
        allow_empty=True,
    )
    assert ("rus", "arm", "military_aid") not in triples(G)


def test_review2_two_told_in_a_joint_call_and_a_weapons_maker_is_no_place():
    G = gk.extract("Michel told Aliyev and Pashinyan in a joint call that the EU is ready to help.")
    assert {("michel", "aliyev", "consult"), ("michel", "pashinyan", "consult")} <= set(triples(G))
    G = gk.extract(
        "Azerbaijani forces fired on positions with Israeli-made drones, the Armenian Defence "
        "Ministry said."
    )
    assert ("aze", "arm", "attack") in triples(G)


def test_review2_the_holders_kin_state_attacks_the_land_not_the_holders():
    G = gk.extract("Armenian forces attacked Nagorno-Karabakh in 1992, Aliyev said.")
    assert ("arm", "separatists", "attack") not in triples(G)


# ---- round 36: wave 13 read (state media, arms and drills, summits) ------------------------


def test_the_leaders_of_two_states_are_the_persons_the_text_names_later():
    G = gk.extract(
        "Russian President Vladimir Putin hosted the leaders of Azerbaijan and Armenia in the "
        "Kremlin on Monday. Aliyev and Pashinyan agreed to reopen transport links."
    )
    assert {("putin", "aliyev", "mediate"), ("putin", "pashinyan", "mediate")} <= set(triples(G))
    assert ("putin", "arm", "mediate") not in triples(G)


def test_the_foreign_ministers_of_a_list_are_the_ministers_named():
    G = gk.extract(
        "The foreign ministers of Iran, Russia and Turkey met in Tehran on Monday. Iranian "
        "Foreign Minister Hossein Amirabdollahian chaired the session. Russia's Sergei Lavrov "
        "and Turkey's Hakan Fidan spoke."
    )
    met = {(s, t) for s, t, k in triples(G) if k == "meet"}
    assert {frozenset(p) for p in met} == {
        frozenset(p)
        for p in [
            ("amir_abdollahian", "lavrov"),
            ("amir_abdollahian", "fidan"),
            ("lavrov", "fidan"),
        ]
    }


def test_a_list_of_leaders_stays_states_unless_every_leader_is_named():
    # Putin is not named: the three states, not two persons and a state
    G = gk.extract(
        "Aliyev spoke on Monday. The leaders of Armenia, Azerbaijan and Russia agreed on the "
        "new route last year.",
        allow_empty=True,
    )
    assert "aliyev" not in {s for s, _, k in triples(G) if k == "cooperate"}
    assert ("arm", "aze", "cooperate") in triples(G) or ("aze", "arm", "cooperate") in triples(G)


def test_a_deputy_prime_minister_is_no_leader():
    G = gk.extract(
        "Deputy Prime Minister Mher Grigoryan chaired the commission. The leaders of Armenia "
        "and Azerbaijan met in Brussels.",
        allow_empty=True,
    )
    assert "mher_grigoryan" not in {x for s, t, _ in triples(G) for x in (s, t)}


def test_the_conflict_a_body_mediated_is_between_the_leaders_states():
    G = gk.extract(
        "Trump hosted Aliyev and Pashinyan at the White House. The two leaders asked the OSCE "
        "to close the Minsk Group, which mediated the conflict for nearly three decades."
    )
    assert {("minsk_group", "arm", "mediate"), ("minsk_group", "aze", "mediate")} <= set(triples(G))
    assert ("minsk_group", "aliyev", "mediate") not in triples(G)


def test_a_truce_between_two_leaders_is_between_their_states():
    G = gk.extract(
        "Putin brought Aliyev and Pashinyan together in the Kremlin for their first meeting "
        "since the November truce that ended the war."
    )
    assert ("aliyev", "pashinyan", "ceasefire") not in triples(G)
    assert ("pashinyan", "aliyev", "ceasefire") not in triples(G)
    G = gk.extract("Aliyev and Pashinyan agreed to a ceasefire.")
    assert triples(G) == [("aze", "arm", "ceasefire")]


def test_words_dismissed_as_unacceptable_and_an_insult_are_criticism():
    G = gk.extract("Kremlin spokesman Dmitry Peskov dismissed Macron's words as unacceptable.")
    assert triples(G) == [("peskov", "macron", "criticize")]
    G = gk.extract("Baku called the French statement an insult.")
    assert ("aze", "fra", "criticize") in triples(G)
    # a claim dismissed as disinformation stays a denial
    G = gk.extract(
        "Armenia said Azerbaijani forces had shelled Kapan, a claim Azerbaijan's defence "
        "ministry dismissed as provocative disinformation."
    )
    assert ("aze", "arm", "deny") in triples(G)


def test_a_contract_to_supply_or_buy_arms_is_signed_with_the_other_state():
    G = gk.extract("France has signed a contract to supply Armenia with Caesar howitzers.")
    assert {("fra", "arm", "sign_agreement"), ("fra", "arm", "military_aid")} <= set(triples(G))
    G = gk.extract("Azerbaijan has signed a contract to buy JF-17 fighters from Pakistan.")
    assert triples(G) == [("aze", "pak", "sign_agreement")]


def test_a_host_of_many_counterparts_meets_them_all():
    G = gk.extract(
        "Turkish Foreign Minister Hakan Fidan hosted his counterparts from Russia, Iran, "
        "Armenia and Azerbaijan in Istanbul. Russia's Sergei Lavrov said the talks were "
        "useful. Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov met. Iran's Abbas "
        "Araghchi spoke."
    )
    kinds = {k for _, _, k in triples(G)}
    assert kinds == {"meet"}
    people = ["fidan", "lavrov", "araghchi", "mirzoyan", "bayramov"]
    met = {frozenset((s, t)) for s, t, _ in triples(G)}
    assert met == {frozenset((a, b)) for i, a in enumerate(people) for b in people[i + 1 :]}


def test_a_brokered_truce_that_ended_the_44_day_war_is_between_the_two_states():
    G = gk.extract(
        "Aliyev met Orban in Budapest. Azerbaijani forces captured Shusha in November 2020, "
        "days before the ceasefire brokered by Russia that ended the 44-day war."
    )
    assert {("rus", "arm", "mediate"), ("rus", "aze", "mediate")} <= set(triples(G))
    assert ("rus", "aliyev", "mediate") not in triples(G)


def test_a_body_that_mediated_is_the_mediator_and_hosting_a_diaspora_is_no_mediation():
    G = gk.extract(
        "Armenia and Azerbaijan fought a war. France hosts a large Armenian diaspora and was a "
        "co-chair, along with Russia and the United States, of the OSCE Minsk Group that "
        "mediated the conflict."
    )
    mediated = {(s, t) for s, t, k in triples(G) if k == "mediate"}
    assert mediated == {("minsk_group", "arm"), ("minsk_group", "aze")}


def test_a_state_arming_the_speakers_foe_is_charged_and_alleged():
    G = gk.extract("Aliyev said France, India and Greece were openly arming Armenia.")
    assert {("aliyev", x, "accuse") for x in ("fra", "ind", "grc")} <= set(triples(G))
    assert {s for s, t, k in triples(G) if k == "military_aid" and t == "arm"} == {
        "fra",
        "ind",
        "grc",
    }
    # the ally's supply reported is no charge; nor is "signed by Armed Forces Minister X"
    G = gk.extract("Aliyev said Turkey was arming Azerbaijan.")
    assert triples(G) == [("tur", "aze", "military_aid")]
    G = gk.extract(
        "France will supply Armenia with howitzers under a contract signed on Tuesday by "
        "Armed Forces Minister Sebastien Lecornu."
    )
    assert ("arm", "lecornu", "military_aid") not in triples(G)


def test_the_members_named_after_a_collective_are_its_targets():
    G = gk.extract(
        "Lavrov accused Western countries, above all the United States and France, of trying "
        "to drag the South Caucasus into geopolitical confrontation."
    )
    assert triples(G) == [("lavrov", "fra", "accuse"), ("lavrov", "usa", "accuse")]
    G = gk.extract("Russia accused Western countries of meddling.")
    assert triples(G) == [("rus", "west", "accuse")]


def test_the_zionist_regime_is_israel_and_calling_its_presence_a_threat_is_no_call():
    G = gk.extract("Tehran accused the Zionist regime of fanning tension.")
    assert triples(G) == [("irn", "isr", "accuse")]
    G = gk.extract(
        "The spokesman Nasser Kanaani called the Zionist regime's presence near Iran's "
        "borders a threat and urged Baku to take Iran's security concerns seriously."
    )
    assert triples(G) == [("kanaani", "aze", "appeal")]


# ---- round 36, review: misfires a helper found with texts of its own ------------------------


def test_review_a_states_leader_is_the_holder_of_the_office_that_leads_it():
    G = gk.extract(
        "Pashinyan met Aliyev in Brussels. President Vahagn Khachaturyan later praised the "
        "talks. The leaders of Armenia and Azerbaijan agreed to meet again."
    )
    assert "khachaturyan" not in {x for s, t, _ in triples(G) for x in (s, t)}
    # a person named with no office is no leader
    G = gk.extract(
        "Hikmet Hajiyev said Baku was ready, while Alen Simonyan said Yerevan was not. The "
        "leaders of Azerbaijan and Armenia met in Brussels a day later."
    )
    assert triples(G) == [("aze", "arm", "meet")]


def test_review_a_state_inside_a_phrase_is_no_antecedent_of_that():
    G = gk.extract(
        "The drone strike on Armenia that killed three soldiers drew condemnation from France.",
        allow_empty=True,
    )
    assert ("fra", "arm", "disapprove") not in triples(G)


def test_review_hosted_talks_stay_talks_whatever_their_topic():
    G = gk.extract(
        "Georgia hosted talks between Armenia and Azerbaijan, whose communities live side by "
        "side in Marneuli."
    )
    assert {("geo", "arm", "mediate"), ("geo", "aze", "mediate")} <= set(triples(G))
    for text in [
        "France hosts one of the largest Armenian diasporas in Europe.",
        "Armenia hosts a Russian military base in Gyumri.",
    ]:
        assert not any(k == "mediate" for _, _, k in triples(gk.extract(text, allow_empty=True)))


def test_review_counterparts_from_two_states_are_both_ministers():
    G = gk.extract(
        "Lavrov met his counterparts from Armenia and Azerbaijan in Moscow. Mirzoyan and "
        "Bayramov discussed the peace treaty."
    )
    assert {("lavrov", "mirzoyan", "meet"), ("lavrov", "bayramov", "meet")} <= set(triples(G))
    assert ("lavrov", "aze", "meet") not in triples(G)


def test_three_states_holding_joint_drills_cooperate_each_pair():
    G = gk.extract("Pakistan, Turkey and Azerbaijan held joint exercises.")
    assert {frozenset((s, t)) for s, t, k in triples(G) if k == "material_cooperation"} == {
        frozenset(p) for p in [("pak", "tur"), ("pak", "aze"), ("tur", "aze")]
    }


def test_a_military_base_in_a_state_is_cooperation_with_it():
    G = gk.extract("Russia has a military base in Armenia.")
    assert triples(G) == [("rus", "arm", "material_cooperation")]


def test_leaders_recognise_each_others_states():
    G = gk.extract(
        "Aliyev and Pashinyan reaffirmed their recognition of each other's territorial integrity."
    )
    assert triples(G) == [("aliyev", "arm", "recognize"), ("pashinyan", "aze", "recognize")]


def test_traded_barbs_is_criticism_and_sets_the_two_against_each_other():
    G = gk.extract("Aliyev and Pashinyan traded barbs in front of cameras on Thursday.")
    assert triples(G) == [
        ("aliyev", "pashinyan", "criticize"),
        ("pashinyan", "aliyev", "criticize"),
    ]


def test_an_honest_broker_judged_is_no_mediation_and_a_bodys_summit_no_talks():
    for text in [
        "After these words we cannot see France as an honest broker, Aliyev said.",
        "Aliyev hosted an informal summit of the Organization of Turkic States in Shusha.",
    ]:
        G = gk.extract(text, allow_empty=True)
        assert not any(k == "mediate" for _, _, k in triples(G)), text
    # a meeting of leaders is still talks hosted
    G = gk.extract("Putin hosted a meeting of the leaders of Armenia and Azerbaijan.")
    assert {("putin", "arm", "mediate"), ("putin", "aze", "mediate")} <= set(triples(G))


def test_two_holding_three_way_talks_with_a_third_all_meet():
    G = gk.extract(
        "Aliyev and Erdogan held three-way talks with Uzbek President Shavkat Mirziyoyev."
    )
    assert not any(k == "mediate" for _, _, k in triples(G))
    met = {frozenset((s, t)) for s, t, k in triples(G) if k == "meet"}
    assert met == {
        frozenset(p)
        for p in [("aliyev", "erdogan"), ("aliyev", "mirziyoyev"), ("erdogan", "mirziyoyev")]
    }


def test_talks_offered_are_not_held():
    G = gk.extract("Khatibzadeh said Iran was ready to host talks between Baku and Yerevan.")
    assert triples(G) == [
        ("khatibzadeh", "arm", "offer_mediation"),
        ("khatibzadeh", "aze", "offer_mediation"),
    ]


def test_a_visit_to_a_state_is_to_the_host_the_visitor_meets():
    G = gk.extract(
        "French Foreign Minister Catherine Colonna visited Yerevan on Tuesday. She told a joint "
        "news conference with her counterpart Ararat Mirzoyan that France would help."
    )
    assert ("colonna", "mirzoyan", "consult") in triples(G)
    assert ("colonna", "arm", "consult") not in triples(G)
    # with no host named the visit stays the state's
    G = gk.extract("French Foreign Minister Catherine Colonna visited Yerevan on Tuesday.")
    assert triples(G) == [("colonna", "arm", "consult")]


def test_an_act_judged_by_name_is_its_doers():
    G = gk.extract(
        "Azerbaijan sentenced the Armenian soldiers to ten years. Yerevan called the verdict "
        "unlawful."
    )
    assert ("arm", "aze", "criticize") in triples(G)
    G = gk.extract(
        "Iran held military drills on the border with Azerbaijan. Azerbaijan's Foreign "
        "Ministry called the exercises unfriendly."
    )
    assert ("aze", "irn", "criticize") in triples(G)
    G = gk.extract("Peskov called Yerevan's decision incorrect.")
    assert triples(G) == [("peskov", "arm", "criticize")]


def test_a_road_described_by_its_ends_is_what_was_blocked():
    G = gk.extract(
        "The only road linking Nagorno-Karabakh with Armenia remained blocked by Azerbaijani "
        "activists."
    )
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(G)
    assert ("aze_protesters", "arm", "blockade") not in triples(G)


# ---- round 36, review 2 ---------------------------------------------------------------------


def test_review2_talks_held_beside_an_offer_stay():
    G = gk.extract(
        "Iran said it was ready to host talks between Baku and Yerevan after Armenia and "
        "Azerbaijan held talks in Moscow on Friday."
    )
    assert ("arm", "aze", "negotiate") in triples(G)
    G = gk.extract(
        "Russia stands ready to host a new round of talks between Baku and Yerevan, Kremlin "
        "spokesman Dmitry Peskov told reporters."
    )
    assert not any(k == "negotiate" for _, _, k in triples(G))


def test_review2_arms_to_both_sides_is_no_charge_and_criticism_of_a_third_is_not_mutual():
    G = gk.extract("Aliyev said Russia supplied arms to both Armenia and Azerbaijan.")
    assert triples(G) == [("rus", "arm", "military_aid"), ("rus", "aze", "military_aid")]
    G = gk.extract("Azerbaijan and Armenia exchanged criticism of the Russian peacekeepers.")
    assert triples(G) == [
        ("arm", "rus_peacekeepers", "criticize"),
        ("aze", "rus_peacekeepers", "criticize"),
    ]


def test_review2_recognition_of_achievements_and_a_presence_called_are_no_acts():
    for text in [
        "Macron and Aliyev spoke of their recognition of each other's achievements.",
        "Aliyev called Russia's presence in Karabakh a guarantee of stability.",
    ]:
        assert triples(gk.extract(text, allow_empty=True)) == [], text
    G = gk.extract("Pashinyan called Aliyev's aide on Monday.")
    assert triples(G) == [("pashinyan", "aliyev", "consult")]


def test_a_states_court_and_police_act_for_it_and_continuing_to_arm():
    G = gk.extract("An Azerbaijani court sentenced Ruben Vardanyan to 20 years in prison.")
    assert triples(G) == [("aze", "vardanyan", "coerce")]
    G = gk.extract("Azerbaijani police detained two Iranian drivers.")
    assert triples(G) == [("aze", "irn", "coerce")]
    G = gk.extract("Turkey would continue to arm Azerbaijan.")
    assert triples(G) == [("tur", "aze", "military_aid")]


# ---- round 37: wave 14 read ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands left Karabakh after Baku's lightning offensive in September 2023.",
            ("aze", "separatists", "attack"),
        ),
        (
            "In September 2023 Azerbaijan took the rest of the region in a one-day offensive.",
            ("aze", "separatists", "attack"),
        ),
        (
            "Most Karabakh Armenians fled after the September 2023 offensive.",
            ("aze", "separatists", "attack"),
        ),
    ],
)
def test_an_untargeted_offensive_of_september_2023_is_on_the_separatists(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's offensive in the 2020 war retook Shusha.",
        "Russia's offensive in September 2023 stalled near Avdiivka.",
        "Armenia feared a new Azerbaijani offensive in September.",
        "Azerbaijan denied planning a one-day offensive in September 2023.",
    ],
)
def test_no_offensive_on_the_separatists_in_another_war_or_one_not_made(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert ("aze", "separatists", "attack") not in found


def test_an_offensive_read_on_the_land_fled_to_before_it_is_on_the_separatists():
    G = gk.extract("Families fled to Armenia after Azerbaijan's lightning offensive in September.")
    assert ("aze", "separatists", "attack") in triples(G)
    assert ("aze", "arm", "attack") not in triples(G)


def test_a_named_blockade_is_azerbaijans_even_when_the_text_does_not_name_it():
    G = gk.extract("Food ran out during the ten-month blockade of the Lachin corridor.")
    assert triples(G) == [("aze", "lachin_corridor", "blockade")]
    # a blockade "which Azerbaijan denied imposing" is still one (denied)
    G = gk.extract(
        "Prices soared during the blockade of the Lachin corridor, which Baku denied imposing."
    )
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    # denied before it, or its author named right after it: none of Azerbaijan's
    for text in [
        "Baku denied there was any blockade of the Lachin corridor.",
        "The blockade of the Lachin corridor by Azerbaijani eco-activists went on.",
        "Officials discussed the blockade of Gaza.",
    ]:
        found = triples(gk.extract(text, allow_empty=True))
        assert ("aze", "lachin_corridor", "blockade") not in found, text


def test_ethnic_cleansing_charged_with_no_doer_is_azerbaijans_against_karabakhs_people():
    G = gk.extract("Mirzoyan said the exodus from Karabakh was ethnic cleansing.")
    assert ("aze", "nagorno_karabakh_population", "mass_violence") in triples(G)
    for text in [
        "Baku says Armenia carried out the ethnic cleansing of Azerbaijanis in the 1990s.",
        "Yerevan warned that Baku was preparing the ethnic cleansing of Karabakh.",
        "The court heard evidence of ethnic cleansing in Bosnia.",
    ]:
        found = triples(gk.extract(text, allow_empty=True))
        assert ("aze", "nagorno_karabakh_population", "mass_violence") not in found, text


def test_an_exclave_given_as_its_states_own_is_part_of_it():
    G = gk.extract("The railway would connect mainland Azerbaijan with its Nakhchivan exclave.")
    assert ("nakhchivan", "aze", "part_of") in triples(G)
    G = gk.extract("Azerbaijan's Nakhchivan exclave borders Turkey.")
    assert ("nakhchivan", "aze", "part_of") in triples(G)
    # no possessor: no part read
    G = gk.extract("The Nakhchivan exclave borders Turkey.", allow_empty=True)
    assert ("nakhchivan", "aze", "part_of") not in triples(G)


def test_a_mission_the_text_places_in_a_state_aids_it():
    G = gk.extract("Observers of the EU monitoring mission in Armenia visited Jermuk.")
    assert ("euma", "arm", "aid") in triples(G)
    G = gk.extract("EUMA, which patrols the Armenian side of the border, reported gunfire.")
    assert ("euma", "arm", "aid") in triples(G)
    # the mission named with no place: no aid read from the name alone
    G = gk.extract("The EU mission said it was in contact with both sides.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "aid"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia opened a consulate in Gyumri.", ("geo", "arm", "cooperate", "asserted")),
        (
            "Azerbaijan opens embassy in Israel as row with Iran deepens",
            ("aze", "isr", "cooperate", "asserted"),
        ),
        (
            "Kazakhstan said it would open an embassy in Yerevan.",
            ("kaz", "arm", "intend_cooperation", "offered"),
        ),
        (
            "Kazakhstan may open an embassy in Yerevan.",
            ("kaz", "arm", "intend_cooperation", "offered"),
        ),
    ],
)
def test_an_embassy_or_consulate_opened_is_cooperation_with_its_host(text, expected):
    G = gk.extract(text, allow_empty=True)
    assert expected in {(s, t, d["type"], d["status"]) for s, t, d in G.edges(data=True)}


def test_no_embassy_cooperation_when_not_opened_or_in_a_disputed_town():
    for text in [
        "Georgia did not open a consulate in Gyumri.",
        "Turkey plans to open a consulate in Shusha.",
    ]:
        found = triples(gk.extract(text, allow_empty=True))
        assert not [t for t in found if t[2] in ("cooperate", "intend_cooperation")], text


def test_hosting_a_foreign_base_or_troops_is_material_cooperation():
    G = gk.extract("Tajikistan hosts a Russian military base near Dushanbe.")
    assert ("tjk", "rus", "material_cooperation") in triples(G)
    G = gk.extract("Armenia remains in the Russian-led CSTO and hosts Russian troops in Gyumri.")
    assert ("arm", "rus", "material_cooperation") in triples(G)
    assert ("csto", "rus", "material_cooperation") not in triples(G)


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (
            "The CSTO is a Moscow-led bloc of Russia, Belarus and Armenia.",
            "csto",
            {"rus", "blr", "arm"},
        ),
        (
            "Tehran favours the 3+3 format, whose members are Iran, Turkey and Russia.",
            "platform_3plus3",
            {"irn", "tur", "rus"},
        ),
        (
            "Iran hosted the 3+3 platform in October, bringing together Russia, Turkey and "
            "Armenia.",
            "platform_3plus3",
            {"rus", "tur", "arm"},
        ),
        ("Russia is a friend of Armenia.", "csto", set()),
    ],
)
def test_a_bloc_of_its_members_and_whose_members_are(text, body, members):
    G = gk.extract(text, allow_empty=True)
    assert {s for s, t, k in triples(G) if k == "member_of" and t == body} == members


def test_signed_with_and_signed_on_a_date_by_name_every_signatory():
    G = gk.extract("This was the declaration that Erdogan signed with Aliyev and Sharif.")
    assert {("erdogan", "aliyev", "sign_agreement")} <= set(triples(G))
    G = gk.extract("The memorandum was signed on March 3 by Mirzoyan and Bayramov.")
    assert ("mirzoyan", "bayramov", "sign_agreement") in triples(G)
    G = gk.extract("Mirzoyan and Bayramov signed the regulations of the commissions.")
    assert ("mirzoyan", "bayramov", "sign_agreement") in triples(G)


def test_lands_returned_or_handed_across_a_long_list_are_conceded():
    G = gk.extract(
        "Armenia agreed to return the Kalbajar, Aghdam and Lachin districts to Azerbaijan."
    )
    assert ("arm", "aze", "concede") in triples(G)
    G = gk.extract("Armenia hands four villages to Azerbaijan")
    assert ("arm", "aze", "concede") in triples(G)
    G = gk.extract("Armenia handed a protest note to the ambassador of Azerbaijan.")
    assert ("arm", "aze", "concede") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran held drills on the Aras, which Baku condemned.", ("aze", "irn", "criticize")),
        ("Turkey sent drones, a move Yerevan condemned.", ("arm", "tur", "criticize")),
        (
            "Iran staged war games on the Azerbaijani border that Aliyev criticised.",
            ("aliyev", "irn", "criticize"),
        ),
    ],
)
def test_a_reaction_in_a_relative_clause_is_to_the_main_clauses_doer(text, expected):
    found = triples(gk.extract(text))
    assert expected in found
    assert ("aliyev", "aze", "criticize") not in found


def test_no_relative_reaction_of_ones_own_side_or_with_its_own_object():
    G = gk.extract("Azerbaijan held drills, which Baku praised.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "criticize"]
    G = gk.extract("Iran held drills, which Baku condemned Armenia for.", allow_empty=True)
    assert ("aze", "irn", "criticize") not in triples(G)


def test_a_charge_rejected_in_the_same_sentence_denies_the_one_who_made_it():
    G = gk.extract("Baku accuses Paris of arming Armenia, a charge France rejects.")
    assert ("fra", "aze", "deny") in triples(G)
    assert ("fra", "arm", "deny") not in triples(G)
    G = gk.extract("Azerbaijan accused Armenia of shelling, a charge Yerevan has long dismissed.")
    assert ("arm", "aze", "deny") in triples(G)
    # a denial of blocking a road answers the accuser before it, not the road
    G = gk.extract(
        "Armenia said Azerbaijan was blocking the Lachin road. Baku denies blocking the road."
    )
    assert ("aze", "arm", "deny") in triples(G)
    assert not [t for t in triples(G) if t[2] == "deny" and t[1] == "lachin_corridor"]


def test_accused_them_is_the_pair_named_before_and_he_leads_on():
    G = gk.extract(
        "France and the United States refused to meet Moscow, and Lavrov accused them of sabotage."
    )
    assert {("lavrov", "fra", "accuse"), ("lavrov", "usa", "accuse")} <= set(triples(G))
    G = gk.extract(
        "Jeyhun Bayramov became foreign minister in 2020. During the 2020 war he met "
        "Zohrab Mnatsakanyan in Moscow. He has accused Armenia of planting mines."
    )
    assert ("bayramov", "arm", "accuse") in triples(G)
    assert ("mnatsakanyan", "arm", "accuse") not in triples(G)


def test_a_successor_is_not_the_one_succeeded_and_named_ministers_are_the_persons():
    G = gk.extract("Bayramov met Lavrov's successor in Moscow.", allow_empty=True)
    assert ("bayramov", "lavrov", "meet") not in triples(G)
    G = gk.extract(
        "Armenia and Azerbaijan are negotiating. Macron hosted the two countries' leaders, "
        "Nikol Pashinyan and Ilham Aliyev, in Paris."
    )
    assert {("macron", "pashinyan", "mediate"), ("macron", "aliyev", "mediate")} <= set(triples(G))
    assert ("macron", "arm", "mediate") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accused Azerbaijan of shelling. The six-week war in 2020 ended with a truce "
        "brokered by Moscow.",
        "Armenia accused Azerbaijan of shelling. The 2020 war over Karabakh, which lasted six "
        "weeks, ended with a ceasefire in November.",
        "Armenia accused Azerbaijan of shelling. Russian troops have guarded the road since the "
        "ceasefire of November that year.",
    ],
)
def test_the_2020_wars_truce_in_more_phrasings(text):
    assert ("arm", "aze", "ceasefire") in triples(gk.extract(text))


def test_a_passive_agent_past_a_date_and_protesters_styled_as_eco_activists():
    G = gk.extract("The Lachin corridor has been blocked since Dec. 12 by Azerbaijani activists.")
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(G)
    G = gk.extract(
        "Azerbaijani protesters who call themselves environmental activists blocked the "
        "Lachin road."
    )
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(G)


def test_whatever_the_sides_asked_for_is_no_appeal():
    G = gk.extract(
        "Tokayev received Mirzoyan and Bayramov and said Kazakhstan would give whatever help "
        "the two sides asked for."
    )
    assert not [t for t in triples(G) if t[2] == "appeal"]


# ---- round 37, reviews ----


@pytest.mark.parametrize(
    "text",
    [
        "Baku denied any plans for a lightning offensive in September 2023.",
        "In September 2023 Azerbaijan's diplomatic offensive at the UN courted Turkey.",
    ],
)
def test_review_no_offensive_planned_denied_or_diplomatic(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert ("aze", "separatists", "attack") not in found
    assert not [t for t in found if t[2] == "deny" and t[1] == "separatists"]


def test_review_a_summit_hosted_at_a_base_is_mediation_not_a_base():
    G = gk.extract(
        "Russia hosted a summit at a military base near Sochi with Aliyev and Pashinyan."
    )
    assert ("rus", "aliyev", "mediate") in triples(G)
    assert not [t for t in triples(G) if t[2] == "material_cooperation"]


@pytest.mark.parametrize(
    "text",
    [
        "The US stopped short of calling the flight of Karabakh's Armenians ethnic cleansing.",
        "Some analysts warned of ethnic cleansing in Karabakh.",
        "The EU said there was no evidence of ethnic cleansing in Karabakh.",
    ],
)
def test_review_ethnic_cleansing_not_charged_is_no_mass_violence(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert ("aze", "nagorno_karabakh_population", "mass_violence") not in found


def test_review_a_charge_of_ethnic_cleansing_is_alleged():
    G = gk.extract("Mirzoyan called the exodus from Nagorno-Karabakh ethnic cleansing.")
    statuses = {d["status"] for s, t, d in G.edges(data=True) if d["type"] == "mass_violence"}
    assert statuses == {"alleged"}


def test_review_another_wars_truce_keeps_its_broker_between_its_own_sides():
    G = gk.extract(
        "The war between Russia and Georgia, which ended with a ceasefire brokered by France, "
        "lasted five days."
    )
    assert {("fra", "geo", "mediate"), ("fra", "rus", "mediate")} <= set(triples(G))
    assert not [t for t in triples(G) if t[1] in ("arm", "aze")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran criticised the drills, which Baku condemned.",
        "Armenia welcomed the EU mission, which Moscow criticised.",
    ],
)
def test_review_a_relative_reaction_to_a_comments_object_is_not_to_the_commenter(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert ("aze", "irn", "criticize") not in found
    assert ("rus", "arm", "criticize") not in found


def test_review_accused_them_needs_a_pair_as_subject_and_a_charge():
    G = gk.extract("Aliyev praised Turkey and Pakistan, and Lavrov accused them of meddling.")
    assert not [t for t in triples(G) if t[2] == "accuse" and t[0] in ("tur", "pak")]
    G = gk.extract("Turkey and Pakistan backed Baku, and Aliyev accused them of nothing.")
    assert not [t for t in triples(G) if t[2] == "accuse"]


def test_review_more_documents_signed_by():
    G = gk.extract("A joint communique was signed in Prague by Mirzoyan and Bayramov.")
    assert ("mirzoyan", "bayramov", "sign_agreement") in triples(G)


def test_its_province_is_its_subjects_and_a_region_or_it_taken_back():
    G = gk.extract(
        "Armenia accused Azerbaijan of sending troops into its southern Syunik province."
    )
    assert ("syunik", "arm", "part_of") in triples(G)
    assert ("syunik", "aze", "part_of") not in triples(G)
    G = gk.extract("Nagorno-Karabakh is a mountain enclave. Later Azerbaijan took back the region.")
    assert ("aze", "nagorno_karabakh", "control") in triples(G)
    G = gk.extract("Nagorno-Karabakh is a mountain enclave. Azerbaijan recaptured it in 2023.")
    assert ("aze", "nagorno_karabakh", "occupy") in triples(G)
    G = gk.extract("Armenia took back its words.", allow_empty=True)
    assert triples(G) == []


def test_a_blockade_spoken_of_is_not_the_speakers():
    G = gk.extract("Mirzoyan raised the blockade of the Lachin corridor with Blinken.")
    assert ("mirzoyan", "lachin_corridor", "blockade") not in triples(G)
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    G = gk.extract("Azerbaijan tightened the blockade of the Lachin corridor.")
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    # a blockade lived through is not its victims'
    G = gk.extract("Residents of Stepanakert queued for bread during the blockade of Karabakh.")
    assert [t for t in triples(G) if t[2] == "blockade"] == [
        ("aze", "nagorno_karabakh", "blockade")
    ]


def test_a_charge_named_before_its_denial_is_no_new_accusation():
    G = gk.extract("Baku accuses Paris of arming Yerevan, charges France rejects.")
    assert ("arm", "fra", "accuse") not in triples(G)
    assert ("fra", "aze", "deny") in triples(G)
    G = gk.extract("Armenia made a charge against Azerbaijan.")
    assert ("arm", "aze", "accuse") in triples(G)


# ---- round 38: wave 15 read ----


def test_a_plea_asked_of_the_one_appealed_to_is_not_yet_made():
    # "called on X to press Y": X is asked to press, no one has pressed Y yet
    G = gk.extract("Armenia called on the ICRC to press Baku for access to the detainees.")
    assert triples(G) == [("arm", "icrc", "appeal")]
    G = gk.extract(
        "Grigoryan urged the EU to press Baku to lift the blockade of the Lachin corridor."
    )
    assert ("eu", "aze", "appeal") not in triples(G)
    # what the plea asks of Baku is still read: Baku blocks the road
    assert ("aze", "lachin_corridor", "blockade") in triples(G)
    G = gk.extract("Blinken urged Aliyev to reopen the road.")
    assert ("blinken", "aliyev", "appeal") in triples(G)


def test_captives_it_holds_are_the_states_named_after_the_plea():
    G = gk.extract(
        "Armenia called on the ICRC to press Baku for access to the Armenian detainees it holds."
    )
    assert ("aze", "arm", "coerce") in triples(G)
    assert ("icrc", "arm", "coerce") not in triples(G)
    G = gk.extract("Armenia called on Azerbaijan to release the Armenians it still holds.")
    assert ("aze", "arm", "coerce") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan asked for urgent talks with Aliyev.",
        "Baku asked for a meeting between Aliyev and Pashinyan.",
    ],
)
def test_asked_for_talks_with_someone_is_no_appeal_to_them(text):
    assert [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "appeal"] == []


def test_asked_for_help_is_still_an_appeal():
    assert ("arm", "rus", "appeal") in triples(gk.extract("Armenia asked for Russia's help."))
    assert ("arm", "rus", "appeal") in triples(gk.extract("Armenia asked Russia for help."))


def test_asked_for_talks_keeps_the_subject_of_a_participle_after_it():
    G = gk.extract(
        "Pashinyan asked for urgent talks with Aliyev, raising the idea in calls with Blinken."
    )
    assert ("pashinyan", "blinken", "consult") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ankara has made diplomatic relations conditional on Armenia signing a treaty.",
            ("tur", "arm", "demand"),
        ),
        (
            "Erdogan made any meeting conditional on Armenia opening a road.",
            ("erdogan", "arm", "demand"),
        ),
        (
            "Ankara still makes full ties with Yerevan conditional on a peace deal.",
            ("tur", "arm", "demand"),
        ),
    ],
)
def test_making_a_step_conditional_on_a_state_is_a_demand_of_it(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ankara shut the land border in 1993 in solidarity with Azerbaijan.", "historical"),
        ("Turkey closed its border with Armenia in 1993 in support of Azerbaijan.", "historical"),
        ("Thousands rallied in Paris in support of Armenia.", "asserted"),
    ],
)
def test_an_act_in_solidarity_with_a_state_supports_it(text, status):
    rel = gk.relations_table(gk.extract(text, date="2023-06-01"))
    found = rel[(rel["type"] == "support") & (rel["rule"] == "in_solidarity")]
    assert len(found) == 1
    assert found.iloc[0]["status"] == status
    # the ally is no object of the act: Turkey blockades Armenia, not Azerbaijan
    assert ("tur", "aze", "blockade") not in triples(gk.extract(text))


def test_solidarity_expressed_is_read_once_and_not_as_an_act():
    rel = gk.relations_table(gk.extract("Armenia expressed solidarity with Iran."))
    assert list(rel["rule"]) == ["express_support"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan regained districts in the 44-day war, which ended with a Russian-brokered"
        " statement on November 10, 2020.",
        "Armenia lost. The six-week war ended on Nov. 10 with a Russian-brokered agreement.",
    ],
)
def test_the_broker_of_the_truce_that_ended_the_named_war_mediates_between_the_two(text):
    G = gk.extract(text)
    assert ("rus", "arm", "mediate") in triples(G)
    assert ("rus", "aze", "mediate") in triples(G)
    # and the truce that ended the war is the two states' (once)
    assert [t for t in triples(G) if t[2] == "ceasefire"] == [("arm", "aze", "ceasefire")]


def test_a_broker_of_a_truce_read_once():
    rel = gk.relations_table(
        gk.extract(
            "Azerbaijan regained land in the 44-day war, which ended with a Russian-brokered"
            " statement signed by Armenia and Azerbaijan."
        )
    )
    assert len(rel[(rel["source"] == "rus") & (rel["target"] == "arm")]) == 1


def test_the_named_war_of_2020_is_the_two_states_whoever_else_the_sentence_names():
    G = gk.extract(
        "Turkey and Armenia restored flights. Flights were not restored during the 2020 war,"
        " when Armenia accused Turkey of sending mercenaries."
    )
    assert ("arm", "aze", "war") in triples(G)
    assert ("tur", "arm", "war") not in triples(G)


def test_a_people_posing_as_activists_are_that_states_activists():
    G = gk.extract(
        "Azerbaijanis posing as environmental activists have blocked the Lachin corridor."
    )
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(G)


def test_soldiers_they_captured_are_not_the_captors():
    # a pronoun right before the verb is its subject: the soldiers are its object
    G = gk.extract(
        "Human Rights Watch said that Azerbaijani forces had beaten Armenian soldiers they"
        " captured."
    )
    assert ("hrw", "arm", "accuse") not in triples(G)
    G = gk.extract(
        "Baku demanded that Karabakh Armenian forces pull out of the Azerbaijani districts they"
        " have seized outside the enclave."
    )
    assert ("separatists", "surrounding_districts", "occupy") in triples(G)
    G = gk.extract("Azerbaijan said it had captured Shusha.")
    assert ("aze", "shusha", "occupy") in triples(G)


def test_the_verb_of_a_whose_clause_is_its_owners():
    G = gk.extract(
        "Turkish officials said they coordinate every step with Azerbaijan, whose army, helped"
        " by Turkish drones, retook most of the districts around Nagorno-Karabakh."
    )
    assert ("aze", "surrounding_districts", "occupy") in triples(G)
    assert ("tur", "surrounding_districts", "occupy") not in triples(G)
    # a fact recalled of the one named in what is said is no charge
    assert ("tur", "aze", "accuse") not in triples(G)
    # a whose-clause with its own verb leaves the main verb its subject
    G = gk.extract(
        "The Minsk Group, whose co-chairs were Russia, France and the US, mediated between"
        " Armenia and Azerbaijan."
    )
    assert ("minsk_group", "arm", "mediate") in triples(G)


def test_a_relative_clause_with_its_own_subject_is_still_a_charge():
    G = gk.extract(
        "Azerbaijan's border service said its guards took up positions in the Qazax district,"
        " which Armenian forces captured in the early 1990s."
    )
    assert ("aze_border_guards", "arm", "accuse") in triples(G)


def test_a_coordinated_verb_after_a_clause_opener_shares_its_subject():
    G = gk.extract(
        "Armenia has sought new suppliers since Azerbaijan won the 2020 war and then took full"
        " control of Nagorno-Karabakh."
    )
    assert ("aze", "nagorno_karabakh", "control") in triples(G)
    assert ("arm", "nagorno_karabakh", "control") not in triples(G)


def test_a_new_clause_after_and_ends_the_objects_list():
    G = gk.extract(
        "Armenia protested after Azerbaijan shelled Jermuk and Russia condemned the attack."
    )
    assert ("aze", "rus", "attack") not in triples(G)
    assert ("aze", "arm", "attack") in triples(G)
    G = gk.extract("Russia urged Armenia and Azerbaijan to show restraint.")
    assert ("rus", "aze", "appeal") in triples(G)


def test_a_welcomed_report_supports_the_body_that_made_it():
    G = gk.extract(
        "Human Rights Watch said Azerbaijani forces abused prisoners. The Armenian Foreign"
        " Ministry welcomed the report and accused Baku of dragging out the exchange."
    )
    assert ("arm", "hrw", "support") in triples(G)
    # the report is no support of the one accused after it
    assert ("arm", "aze", "support") not in triples(G)
    assert ("arm", "aze", "accuse") in triples(G)
    # no body named before: no one supported
    G = gk.extract("Armenia welcomed the report.", allow_empty=True)
    assert triples(G) == []
    # a decision welcomed, then a plea: the coders' support of those urged stays
    G = gk.extract("Blinken welcomed the decision and urged Armenia and Azerbaijan to build on it.")
    assert ("blinken", "aze", "support") in triples(G)


# ---- round 38, reviews ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU told Azerbaijan it must reopen the Lachin corridor.", ("eu", "aze", "demand")),
        (
            "Lavrov told Mirzoyan they should return to the trilateral format.",
            ("lavrov", "mirzoyan", "appeal"),
        ),
        (
            "Blinken told Aliyev he should release the Armenian detainees.",
            ("blinken", "aliyev", "appeal"),
        ),
    ],
)
def test_told_someone_it_must_is_still_an_obligation_put_to_them(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aliyev said Armenia, which occupied our lands for 30 years, must sign the treaty.",
            ("aliyev", "arm", "accuse"),
        ),
        (
            "Iran said it opposes Azerbaijan, which threatens to seize a corridor through Armenia.",
            ("irn", "aze", "accuse"),
        ),
        (
            "Erdogan said Ankara backs Baku, which was attacked by Armenian forces.",
            ("erdogan", "arm", "accuse_aggression"),
        ),
    ],
)
def test_a_charge_in_a_relative_clause_of_what_is_said_is_still_a_charge(text, expected):
    assert expected in triples(gk.extract(text))


def test_asked_for_someone_to_act_is_still_an_appeal_to_them():
    assert ("pashinyan", "putin", "appeal") in triples(
        gk.extract("Pashinyan asked for Putin to intervene.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia made the deployment conditional on Baku's approval.",
        "The US made its military aid to Azerbaijan conditional on a presidential waiver.",
        "Azerbaijan made the talks conditional on France being excluded.",
    ],
)
def test_a_step_conditional_on_a_consent_or_a_state_of_things_demands_nothing(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert [t for t in found if t[2] == "demand"] == []


def test_a_list_after_a_comma_is_no_object_cut_short():
    G = gk.extract("After the 44-day war, Russia and Turkey opened a joint monitoring centre.")
    assert ("arm", "aze", "war") in triples(G)
    G = gk.extract(
        "Azerbaijani troops attacked Armenian positions and France called for restraint."
    )
    assert ("aze", "fra", "attack") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara had informed Baku in advance.", ("tur", "aze", "consult")),
        ("Ankara kept Baku informed of the visit.", ("tur", "aze", "consult")),
        (
            "Yerevan is ready to begin consultations with Baku on the venue.",
            ("arm", "aze", "consult"),
        ),
    ],
)
def test_informing_and_consultations_with_a_state_are_consultations(text, expected):
    assert expected in triples(gk.extract(text))


def test_kept_informed_is_read_once_and_not_backwards():
    G = gk.extract("Cavusoglu said Ankara would keep Azerbaijan informed at every stage.")
    assert triples(G) == [("tur", "aze", "consult")]


def test_a_fronted_solidarity_phrase_is_the_subjects_support():
    G = gk.extract("In solidarity with Armenia, France closed its embassy in Baku.")
    assert ("fra", "arm", "support") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "The representatives of Armenia and Azerbaijan met in Tbilisi.",
        "The human rights ombudswomen of Armenia and Azerbaijan met on the border.",
    ],
)
def test_the_officials_of_two_states_meeting_is_the_states_meeting(text):
    assert ("arm", "aze", "meet") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dendias laid a wreath at the memorial to the victims of the Armenian genocide.",
        "Macron commemorated the Armenian genocide.",
    ],
)
def test_the_armenian_genocide_names_its_victims_not_its_perpetrators(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert [t for t in found if t[2] == "mass_violence"] == []


def test_a_led_bloc_after_and_is_a_second_member_of_the_list():
    G = gk.extract("Armenia accused Moscow and the Russian-led CSTO of failing to come to its aid.")
    assert ("arm", "rus", "accuse") in triples(G)
    assert ("arm", "csto", "accuse") in triples(G)
    assert ("rus", "csto", "member_of") in triples(G)


def test_the_only_road_is_the_route_named_before():
    G = gk.extract(
        "The Lachin corridor links Armenia and Karabakh. Azerbaijani eco-activists have"
        " blocked the only road since December."
    )
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia handed back the Aghdam, Kalbajar and Lachin districts.",
        "Under the deal Armenia handed over the Aghdam, Kalbajar and Lachin districts.",
        "Armenia handed back four abandoned villages that its forces had held since the 1990s.",
    ],
)
def test_land_handed_back_with_no_recipient_goes_to_the_other_state(text):
    found = triples(gk.extract(text, date="2024-06-01"))
    assert ("arm", "aze", "concede") in found
    # the land handed over is no control of the giver's read from the handover itself
    assert not [t for t in found if t[2] == "control" and t[0] == "arm" and "aghdam" in t]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters accused Pashinyan of surrendering Karabakh.",
        '"We have returned to Shusha," Aliyev said.',
    ],
)
def test_no_handover_in_a_charge_of_surrender_or_a_return_to_a_place(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert [t for t in found if t[2] == "concede"] == []


def test_a_rejected_report_denies_the_body_that_made_it():
    G = gk.extract(
        "Amnesty International said it had verified the videos. Azerbaijan's Defence Ministry"
        " rejected the findings, saying its troops were hitting only military targets."
    )
    assert ("aze", "amnesty", "deny") in triples(G)
    # a body merely named, that said nothing, is not answered
    G = gk.extract(
        "The videos were posted after the UN session. Azerbaijan rejected the findings.",
        allow_empty=True,
    )
    assert [t for t in triples(G) if t[2] == "deny"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Cavusoglu defended the Azerbaijani protesters blocking the Lachin road.",
        "The Lachin corridor is vital. The corridor has been blocked by Azerbaijani protesters.",
    ],
)
def test_azerbaijani_protesters_blocking_the_corridor_are_the_eco_activists(text):
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(gk.extract(text))


def test_azerbaijani_protesters_elsewhere_stay_protesters():
    G = gk.extract(
        "Azerbaijani protesters rallied outside the French embassy in Baku.", allow_empty=True
    )
    assert "aze_eco_activists" not in G


def test_a_report_welcomed_from_a_named_author_is_no_support_of_an_earlier_body():
    G = gk.extract(
        "The ICC published its findings. Azerbaijan welcomed the report from Transparency"
        " International.",
        allow_empty=True,
    )
    assert ("aze", "icc", "support") not in triples(G)


def test_rejected_consultations_are_none():
    G = gk.extract("Baku rejected consultations with the separatists.")
    assert [t for t in triples(G) if t[2] == "consult"] == []


def test_land_taken_from_a_state_is_occupied():
    G = gk.extract("Armenian forces took Kalbajar from Azerbaijan in 1993.", date="2023-06-01")
    assert ("arm", "kalbajar", "occupy") in triples(G)
    # not what is taken from someone that is no land
    for text in [
        "Armenia took a loan from Russia.",
        "The Minsk Group took its name from a conference on Nagorno-Karabakh.",
    ]:
        found = triples(gk.extract(text, allow_empty=True))
        assert [t for t in found if t[2] == "occupy"] == [], text


def test_a_rejected_report_with_its_author_named_or_after_a_later_speaker_denies_no_body():
    for text in [
        "The ICRC said it had visited Armenian detainees in Baku. Armenia rejected the findings"
        " of the parliamentary commission.",
        "The UN said the Lachin corridor must be reopened. Pashinyan said the blockade was"
        " illegal. Azerbaijan rejected the statement.",
    ]:
        found = triples(gk.extract(text, allow_empty=True))
        assert not [t for t in found if t[2] == "deny" and t[1] in ("icrc", "un")], text


def test_a_welcomed_report_of_last_week_is_still_the_bodys():
    G = gk.extract(
        "Human Rights Watch said Azerbaijani forces had shelled Stepanakert. Armenia welcomed"
        " the report of last week."
    )
    assert ("arm", "hrw", "support") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "The EU took the lead from the OSCE in mediating between Armenia and Azerbaijan.",
        "Pashinyan took a plane from Yerevan to Moscow for talks with Putin.",
    ],
)
def test_taking_what_is_no_land_leaves_the_sentences_other_acts(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[2] == "occupy"] == []
    assert [t for t in found if t[2] in ("mediate", "consult")]


def test_protesters_on_a_road_in_1988_are_not_the_eco_activists():
    G = gk.extract(
        "In 1988, Azerbaijani protesters blocked the road to Stepanakert.", allow_empty=True
    )
    assert "aze_eco_activists" not in G


# -- round 39: wave 16 read ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Azerbaijan and representatives of the separatists met on Saturday.",
        "Azerbaijani officials and representatives of the separatists met on Saturday.",
        "Representatives of Azerbaijan and of the separatists met on Saturday.",
    ],
)
def test_representatives_of_a_party_stand_for_it_in_a_list(text):
    assert ("aze", "separatists", "meet") in triples(gk.extract(text))


def test_representatives_qualified_by_a_demonym_stay_that_states():
    G = gk.extract("Azerbaijani representatives of the separatists met Putin.", allow_empty=True)
    assert ("separatists", "putin", "meet") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan met representatives of Karabakh's Armenian residents in Yevlakh.",
        "Representatives of Azerbaijan and of Nagorno-Karabakh's ethnic Armenians met on Friday.",
    ],
)
def test_a_lands_ethnic_people_named_after_it_are_its_population(text):
    G = gk.extract(text)
    assert ("aze", "nagorno_karabakh_population", "meet") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Karabakh's ethnic Armenian leadership accused Baku of shelling Martuni.",
        "The Karabakh delegation accused Baku of shelling Martuni.",
        "Karabakh Armenian representatives accused Baku of shelling Martuni.",
    ],
)
def test_karabakhs_armenian_leaders_and_envoys_are_the_separatists(text):
    found = triples(gk.extract(text))
    assert ("separatists", "aze", "accuse_aggression") in found
    assert not [t for t in found if t[0] == "arm"]


def test_a_welcome_of_ministers_accord_supports_their_states():
    G = gk.extract(
        "Armenian Deputy Prime Minister Mher Grigoryan and Azerbaijani Deputy Prime Minister"
        " Shahin Mustafayev agreed on a section of the border on Friday. Guterres welcomed the"
        " agreement."
    )
    found = triples(G)
    assert ("guterres", "arm", "support") in found
    assert ("guterres", "aze", "support") in found
    assert not [t for t in found if t[2] == "support" and t[1] != "arm" and t[1] != "aze"]


def test_a_welcome_of_the_leaders_meeting_still_supports_the_leaders():
    G = gk.extract("Pashinyan and Aliyev met in Prague. Macron welcomed the meeting.")
    found = triples(G)
    assert ("macron", "pashinyan", "support") in found
    assert ("macron", "aliyev", "support") in found


def test_a_welcome_naming_the_ministers_keeps_them():
    G = gk.extract("Guterres welcomed the agreement between Ararat Mirzoyan and Jeyhun Bayramov.")
    assert ("guterres", "bayramov", "support") in triples(G)


def test_the_assembly_is_the_assembly_named_before_not_its_parent_body():
    G = gk.extract(
        "PACE voted to suspend the Azerbaijani delegation, the Council of Europe said. Armenian"
        " speaker Alen Simonyan thanked the assembly."
    )
    found = triples(G)
    assert ("simonyan", "pace", "support") in found
    assert not [t for t in found if t[2] == "support" and t[1] == "coe"]


def test_the_russian_contingent_is_the_peacekeepers():
    G = gk.extract("Azerbaijan's Defence Ministry thanked the Russian contingent for its service.")
    assert ("aze", "rus_peacekeepers", "support") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan visited Shusha on Tuesday and met Aliyev. Armenia condemned the visit.",
        "Erdogan visits Shusha\nAnkara says ties are strong. Armenia condemned the visit.",
        "Turkish President Erdogan flew to Shusha on Tuesday. Armenia condemned the trip.",
        "Erdogan's visit to Shusha lasted a day. Armenia condemned the visit.",
    ],
)
def test_a_condemned_visit_is_the_visitors(text):
    assert ("arm", "erdogan", "criticize") in triples(gk.extract(text))


def test_a_visit_read_long_before_is_no_visit_condemned():
    G = gk.extract(
        "Erdogan visited Shusha in June. Aliyev spoke of peace. Armenia spoke of talks. Iran"
        " spoke of trade. Russia spoke of roads. Georgia spoke of rail. Turkey spoke of gas."
        " Greece spoke of ships. France spoke of wine. Armenia condemned the visit.",
        allow_empty=True,
    )
    assert ("arm", "erdogan", "criticize") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev accused the European Union's monitors in Armenia of spying on Azerbaijani posts.",
        "Aliyev accused the EU's observers of spying on Azerbaijani posts.",
    ],
)
def test_the_unions_monitors_are_its_mission_in_armenia(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[:2] == ("aliyev", "euma") and t[2].startswith("accuse")]
    assert not [t for t in found if t[1] == "eu"]


def test_monitors_patrolling_a_states_side_of_the_border_aid_it():
    G = gk.extract("EU monitors patrolled the Armenian side of the frontier near Jermuk.")
    assert ("euma", "arm", "aid") in triples(G)


def test_troops_patrolling_a_border_aid_no_one():
    G = gk.extract("Azerbaijani troops patrol the border with Armenia.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "aid"]


@pytest.mark.parametrize(
    "text",
    [
        "Karabakh's separatist authorities held an election on Saturday. The EU did not"
        " recognise the election.",
        "Karabakh's separatist parliament elected a new leader on Saturday. Turkey said it did"
        " not recognise the vote.",
    ],
)
def test_an_election_not_recognised_is_the_separatists(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[2] == "nonrecognition"] in (
        [("eu", "separatists", "nonrecognition")],
        [("tur", "separatists", "nonrecognition")],
    )


def test_a_states_election_not_recognised_is_no_separatists():
    G = gk.extract(
        "Azerbaijan held an election on Saturday. The EU did not recognise the election.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[1] == "separatists"]


def test_no_state_including_one_has_recognised_it():
    found = triples(
        gk.extract("No state, including Armenia, has recognised the self-declared republic.")
    )
    assert ("arm", "separatists", "nonrecognition") in found
    assert ("arm", "separatists", "recognize") not in found


def test_an_envoy_shuttling_between_two_capitals_mediates():
    found = triples(gk.extract("US envoy Louis Bono shuttled between Baku and Yerevan in May."))
    assert ("bono", "arm", "mediate") in found
    assert ("bono", "aze", "mediate") in found


def test_a_bus_shuttling_between_towns_mediates_nothing():
    G = gk.extract("A shuttle bus runs between Goris and Kapan every day.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_the_peacekeeping_command_is_the_peacekeepers():
    G = gk.extract("Azerbaijan asked the Russian peacekeeping command to stop the traffic.")
    assert ("aze", "rus_peacekeepers", "appeal") in triples(G)


def test_a_charge_rejected_as_criticism_is_denied_to_the_accuser():
    G = gk.extract(
        "Pashinyan accused Russia of failing to protect civilians. The Kremlin rejected the"
        " criticism."
    )
    assert ("rus", "pashinyan", "deny") in triples(G)


def test_criticism_rejected_stays_a_rejection():
    G = gk.extract(
        "Zakharova criticised Azerbaijan's checkpoint. Azerbaijan rejected the criticism."
    )
    assert ("aze", "zakharova", "reject") in triples(G)


# -- round 39, reviews --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic Armenian leaders of the diaspora in France urged Macron to sanction Azerbaijan.",
        "Armenia's ethnic Armenian officials and Azerbaijani diplomats met in Brussels.",
        "Ethnic Armenian officials in Javakheti accused Tbilisi of discrimination.",
        "An ethnic Armenian delegation from Lebanon visited Yerevan and met Pashinyan.",
    ],
)
def test_ethnic_armenian_leaders_elsewhere_are_no_separatists(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if "separatists" in t[:2]], found


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev said the ethnic Armenian leaders of Nagorno-Karabakh must dissolve their"
        " parliament.",
        "Azerbaijan accused Karabakh's Armenian soldiers of shelling Shusha.",
    ],
)
def test_the_armenian_leaders_or_soldiers_of_karabakh_are_the_separatists(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[:2] == ("aliyev", "separatists") or t[1] == "separatists"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia thanked the Turkish contingent at the monitoring centre in Aghdam.",
        "A contingent of journalists accused Azerbaijan of obstructing their work.",
        "The Iranian contingent took part in drills near the Azerbaijani border.",
    ],
)
def test_another_contingent_is_no_peacekeepers(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if "peacekeepers" in t[0] or "peacekeepers" in t[1]], found


def test_a_states_own_officials_visit_is_not_condemned_by_it():
    G = gk.extract("Bayramov visited Paris on Monday. Azerbaijan condemned the visit.")
    assert ("aze", "bayramov", "criticize") not in triples(G)


def test_an_opposition_may_criticise_its_leaders_trip():
    G = gk.extract(
        "Pashinyan visited Ankara. Opposition figure Vartan Oskanian criticised the trip."
    )
    assert ("oskanian", "pashinyan", "criticize") in triples(G)


def test_a_welcome_of_an_accord_reached_by_named_ministers_keeps_them():
    G = gk.extract(
        "Guterres welcomed the agreement reached by Mirzoyan and Bayramov in Washington."
    )
    found = triples(G)
    assert ("guterres", "bayramov", "support") in found
    assert ("guterres", "aze", "support") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Georgia welcomed the EU's monitors, who have been deployed in Georgia since 2008.",
        "The EU's monitors patrolled the Georgian side of the boundary line near Ergneti.",
    ],
)
def test_the_eus_monitors_in_georgia_are_no_mission_in_armenia(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if "euma" in t[:2]], found


@pytest.mark.parametrize(
    "text",
    [
        "No one expected Armenia to recognise Karabakh's independence so soon.",
        "No one doubted that Armenia would recognise Azerbaijan's territorial integrity.",
    ],
)
def test_no_one_outside_the_subject_negates_no_recognition(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "nonrecognition"], found


def test_an_election_held_in_a_named_state_is_no_separatists():
    G = gk.extract(
        "The separatist authorities in Karabakh held a vote. Azerbaijan did not recognise the"
        " election held in Armenia.",
        allow_empty=True,
    )
    assert ("aze", "separatists", "nonrecognition") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Blinken shuttled between Israel and Jordan during his regional tour.",
        "Pashinyan shuttled between Brussels and Prague in October.",
        "Armenian diplomats shuttled between Yerevan and Moscow to press Russia for support.",
        "Turkish trucks shuttled between Turkey and Armenia after the border opened.",
    ],
)
def test_a_shuttle_that_is_no_mediation_mediates_nothing(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "mediate"], found


def test_a_charged_act_negated_by_the_charged_side_denies_the_charge():
    rel = gk.relations_table(
        gk.extract(
            "Azerbaijan accused Armenian forces of shelling Tovuz on Monday. Armenia's Defence"
            " Ministry said its forces had not opened fire.",
            date="2023-06-01",
        )
    )
    deny = rel[rel["type"] == "deny"]
    assert deny[["source", "target", "rule"]].values.tolist() == [
        ["arm", "aze", "denied_by_negation"]
    ]
    attack = rel[rel["type"] == "attack"]
    assert attack["status"].tolist() == ["denied"]


def test_having_no_claims_denies_a_charge_of_claims():
    G = gk.extract(
        'Aliyev accused Armenia of territorial claims. "Armenia has no territorial claims against'
        ' any of its neighbours," Mirzoyan said.'
    )
    assert ("mirzoyan", "aliyev", "deny") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        # no charge before
        "Armenia said its forces had not opened fire.",
        # the negation is of another verb
        "Azerbaijan accused Armenia of aggression. Pashinyan said Armenia's membership of the"
        " CSTO has not deterred Azerbaijan from aggression.",
        # "without provocation" names the act
        "Armenia accused Azerbaijan of shelling Sotk. Armenia's Defence Ministry said Azerbaijani"
        " units fired without provocation.",
    ],
)
def test_a_negated_act_is_no_denial_unless_it_answers_a_charge(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "deny"], found


def test_patients_evacuated_from_a_town_are_its_lands_people():
    G = gk.extract("The ICRC evacuated 30 patients from Stepanakert to Armenia on Tuesday.")
    assert ("icrc", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)


def test_patients_evacuated_between_capitals_help_no_land():
    G = gk.extract("The ICRC evacuated 30 patients from Baku to Tbilisi.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "humanitarian_aid"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan closed its airspace to Armenian airlines.",
        "Turkey shut its airspace to Armenia.",
    ],
)
def test_airspace_closed_to_a_states_flights_blockades_it(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[1] == "arm" and t[2] == "blockade"], found


def test_airspace_opened_blockades_no_one():
    G = gk.extract("Azerbaijan opened its airspace to US forces.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "blockade"]


def test_hitting_back_at_a_capital_criticises_it():
    assert ("zakharova", "arm", "criticize") in triples(
        gk.extract("Zakharova hit back at Yerevan.")
    )


def test_forces_hitting_back_at_positions_criticise_no_one():
    G = gk.extract("Azerbaijani forces hit back at Armenian positions.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "criticize"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hikmet Hajiyev, an aide to Aliyev, said Armenia must withdraw its troops.",
            ("hajiyev", "arm", "demand"),
        ),
        (
            "Ani Badalyan, a spokeswoman for the Foreign Ministry, said Azerbaijan must reopen"
            " the corridor.",
            ("badalyan_ani", "aze", "demand"),
        ),
    ],
)
def test_a_speaker_with_an_appositive_title_is_the_speaker(text, expected):
    found = triples(gk.extract(text))
    assert expected in found
    assert not [t for t in found if t[0] == "aliyev"]


def test_his_remarks_are_the_last_speakers():
    G = gk.extract(
        "Pashinyan said Russia had failed Armenia. Peskov called his remarks unacceptable."
    )
    assert ("peskov", "pashinyan", "criticize") in triples(G)


def test_his_remarks_with_no_one_speaking_before_judge_no_one():
    G = gk.extract("Peskov called his remarks unacceptable.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "criticize"]


def test_the_text_dismissed_after_a_resolution_is_its_authors():
    G = gk.extract(
        "The European Parliament adopted a resolution condemning Azerbaijan's offensive. Baku"
        " dismissed the text as biased."
    )
    assert ("aze", "eu_parliament", "criticize") in triples(G)


def test_an_offer_to_mediate_accepted_is_accepted_mediation():
    G = gk.extract(
        "Russia offered to mediate between Armenia and Azerbaijan. Yerevan accepted the offer."
    )
    assert ("arm", "rus", "accept_mediation") in triples(G)


def test_an_offer_to_mediate_welcomed_supports_who_offered():
    G = gk.extract(
        "Georgia offered to mediate between Armenia and Azerbaijan. Baku welcomed the offer."
    )
    assert ("aze", "geo", "support") in triples(G)


def test_an_offer_welcomed_with_no_mediation_offered_before_is_no_one():
    G = gk.extract("Baku welcomed the offer.", allow_empty=True)
    assert triples(G) == []


def test_a_counted_few_shepherds_of_a_people_held_are_its_states():
    G = gk.extract("Azerbaijani police arrested three Armenian shepherds near Lachin.")
    assert ("aze", "arm", "coerce") in triples(G)


def test_men_of_a_people_protesting_are_no_state():
    G = gk.extract("Three Armenian men protested in Yerevan.", allow_empty=True)
    assert triples(G) == []


def test_imports_of_a_peoples_goods_banned_sanction_its_state():
    assert ("rus", "arm", "sanction") in triples(
        gk.extract("Russia banned imports of Armenian brandy.")
    )


def test_shelter_given_to_refugees_is_humanitarian_aid():
    G = gk.extract("Armenia provided housing to 100,000 refugees from Nagorno-Karabakh.")
    assert ("arm", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)


def test_both_sides_of_the_armenian_azerbaijani_border_are_the_two_states():
    G = gk.extract(
        "Russia said it was alarmed by the escalation on the Armenian-Azerbaijani border and"
        " called on both sides to show restraint."
    )
    found = triples(G)
    assert ("rus", "arm", "appeal") in found
    assert ("rus", "aze", "appeal") in found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Two Armenian soldiers were killed in an Azerbaijani attack on Monday.", "asserted"),
        ("Two Armenian soldiers were killed in an attack by Azerbaijani forces.", "asserted"),
        (
            "Three Azerbaijani servicemen were wounded in an Armenian attack, the ministry said.",
            "alleged",
        ),
    ],
)
def test_those_killed_in_a_peoples_attack_were_attacked_by_its_state(text, status):
    rel = gk.relations_table(gk.extract(text, date="2023-06-01"))
    attack = rel[rel["type"] == "attack"]
    assert len(attack) == 1
    assert attack.iloc[0]["status"] == status
    assert {attack.iloc[0]["source"], attack.iloc[0]["target"]} == {"arm", "aze"}


def test_those_killed_in_an_accident_were_attacked_by_no_one():
    G = gk.extract("Two Armenian soldiers were killed in a car accident.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "attack"]


def test_a_report_in_a_relative_clause_leaves_the_main_clause_asserted():
    rel = gk.relations_table(
        gk.extract(
            "Azerbaijan has demanded that Armenia change its constitution, which it says contains"
            " territorial claims.",
            date="2023-06-01",
        )
    )
    demand = rel[rel["type"] == "demand"]
    assert demand[["source", "target", "status"]].values.tolist() == [["aze", "arm", "asserted"]]


def test_a_counted_foreign_spy_detained_is_his_states():
    G = gk.extract("Azerbaijan's State Security Service said it had detained an Iranian spy.")
    assert ("aze", "irn", "coerce") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        # a pledge, no denial
        "Azerbaijan accused Armenia of shelling Tovuz. Pashinyan said Armenia would never attack"
        " Azerbaijan.",
        # no fight was charged
        "Azerbaijan accused Armenia of spreading disinformation about the Lachin corridor."
        " Armenia's Defence Ministry said its forces had not opened fire.",
        # a third party's view
        "Armenia accused Azerbaijan of attacking an ambulance in Karabakh. Zakharova said"
        " Azerbaijani forces had not targeted civilians.",
    ],
)
def test_a_negated_act_that_is_a_pledge_or_a_third_partys_view_denies_nothing(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "deny"], found


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan criticised Russia's ban on imports of Armenian brandy.",
        "Russia's ban on Armenian imports was criticised by Pashinyan.",
    ],
)
def test_a_ban_on_a_peoples_goods_named_as_a_noun_phrase_is_read(text):
    assert ("pashinyan", "rus", "criticize") in triples(gk.extract(text))


def test_a_ban_lifted_is_no_sanction():
    G = gk.extract("Russia lifted its ban on imports of Armenian brandy.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "sanction"]


def test_his_remarks_are_no_womans_and_her_remarks_no_mans():
    G = gk.extract(
        "Aliyev said Armenia must sign the treaty. Zakharova said Russia supported the talks."
        " Mirzoyan criticised his remarks.",
        allow_empty=True,
    )
    assert ("mirzoyan", "zakharova", "criticize") not in triples(G)
    G = gk.extract(
        "Zakharova said Armenia was drifting west. Mirzoyan called her remarks unacceptable."
    )
    assert ("mirzoyan", "zakharova", "criticize") in triples(G)


def test_an_offer_accepted_after_another_offer_is_not_the_mediators():
    G = gk.extract(
        "Russia offered to mediate between Armenia and Azerbaijan. Azerbaijan offered Armenia"
        " access to the Lachin road. Yerevan accepted the offer."
    )
    assert ("arm", "rus", "accept_mediation") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia hit back at Azerbaijan with artillery fire.",
        "Armenian soldiers were killed in a Turkish-backed attack, Yerevan claimed.",
    ],
)
def test_fire_returned_or_a_backer_named_is_no_words_or_attack_of_the_backer(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "criticize" or t[0] == "tur"], found


def test_shepherds_captured_are_held_not_land_taken():
    G = gk.extract("Azerbaijani troops captured two Armenian shepherds near the Lachin checkpoint.")
    assert ("aze", "arm", "coerce") in triples(G)
    assert ("aze", "arm", "occupy") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkey called on both sides to stop the fighting on the Armenian-Azerbaijani"
        " border.",
        "Iran urged both sides to exercise restraint after a flare-up on the Armenia-Azerbaijan"
        " border.",
    ],
)
def test_both_sides_of_a_named_border_are_its_two_states_not_the_callers(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[1] == "arm" and t[2] == "appeal"]
    assert [t for t in found if t[1] == "aze" and t[2] == "appeal"]
    assert not [t for t in found if t[2] == "appeal" and t[1] in ("rus", "tur")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesman for Azerbaijan's Foreign Ministry accused France of arming Armenia.",
            ("aze", "fra", "accuse"),
        ),
        ("A spokesman for the Kremlin accused Armenia of ingratitude.", ("rus", "arm", "accuse")),
    ],
)
def test_a_spokesman_for_a_body_speaks_for_it(text, expected):
    assert expected in triples(gk.extract(text))


def test_people_who_said_they_were_activists_are_the_styled_eco_activists():
    G = gk.extract(
        "In December, Azerbaijanis who said they were environmental activists blocked the Lachin"
        " corridor."
    )
    assert ("aze_eco_activists", "lachin_corridor", "blockade") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia welcomed the offer by Georgia to host the talks.", ("arm", "geo", "support")),
        (
            "Armenia accepted the offer of Georgia to host the talks.",
            ("arm", "geo", "accept_mediation"),
        ),
    ],
)
def test_an_offer_whose_author_is_named_is_that_authors(text, expected):
    assert expected in triples(gk.extract(text))


def test_proposals_of_a_party_accepted_are_no_mediation():
    G = gk.extract(
        "Armenia accepted the proposals of Azerbaijan on the two articles.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "accept_mediation"]


def test_those_wounded_in_a_peoples_drone_attack_were_attacked_by_its_state():
    G = gk.extract(
        "Three Armenian servicemen were wounded in an Azerbaijani drone attack near Jermuk."
    )
    assert ("aze", "arm", "attack") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani forces shelled Jermuk on Tuesday. France expressed concern.",
        "Azerbaijan blocked the Lachin corridor on Tuesday. Russia voiced regret.",
    ],
)
def test_a_bare_concern_judges_the_act_stated_just_before(text):
    found = triples(gk.extract(text))
    assert [t for t in found if t[1] == "aze" and t[2] == "disapprove"], found


def test_a_bare_concern_after_no_act_judges_no_one():
    G = gk.extract("Armenia and Azerbaijan met in Brussels. France expressed concern.")
    assert not [t for t in triples(G) if t[2] == "disapprove"]


def test_remarks_condemned_are_the_last_speakers_though_they_read_as_no_act():
    G = gk.extract("Aliyev said Armenia was a fascist state. Yerevan condemned the remarks.")
    assert ("arm", "aliyev", "criticize") in triples(G)


# -- round 40: wave 17 read -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Yerevan, the Foreign Ministry accused Baku of shelling Sotk.",
        "In Yerevan, officials accused Baku of shelling Sotk.",
        "In Yerevan, the government accused Baku of shelling Sotk.",
    ],
)
def test_a_capital_put_before_the_subject_makes_its_bodies_the_states(text):
    assert ("arm", "aze", "accuse_aggression") in triples(gk.extract(text))


def test_a_capital_put_before_a_named_subject_changes_nothing():
    G = gk.extract("In Yerevan, Azerbaijani officials accused Armenia of shelling Tovuz.")
    found = triples(G)
    assert ("aze", "arm", "accuse_aggression") in found
    assert not [t for t in found if t[0] == "arm" and t[2] == "accuse_aggression"]


def test_a_bare_ministry_after_a_dateline_is_the_datelines_states():
    G = gk.extract(
        "Armenia protests shelling\nYEREVAN, Aug 19 (Reuters) - The Foreign Ministry accused "
        "Baku of shelling Sotk. The ministry demanded an investigation."
    )
    assert ("arm", "aze", "accuse_aggression") in triples(G)


def test_a_ministry_named_before_a_bare_one_is_still_the_one_meant():
    G = gk.extract(
        "YEREVAN, Aug 19 (Reuters) - Azerbaijan's Defence Ministry said Armenian forces had "
        "shelled its positions. The ministry said the attack was repelled."
    )
    assert not [t for t in triples(G) if t[0] == "arm" and t[2].startswith("accuse")]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan condemned the decision by France to sell arms to Armenia.",
        "Azerbaijan condemned the decision of France to sell arms to Armenia.",
    ],
)
def test_the_maker_of_a_decision_does_what_it_decided(text):
    found = triples(gk.extract(text))
    assert ("fra", "arm", "military_aid") in found
    assert ("aze", "arm", "military_aid") not in found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The EU has given Armenia more than 5 million euros.", "eu", "arm"),
        ("Putin said Russia would lend Iran 1.3 billion euros for the railway.", "rus", "irn"),
        ("Von der Leyen announced a 270 million euro package of grants for Armenia.", None, "arm"),
    ],
)
def test_money_given_or_lent_is_aid(text, source, target):
    found = [t for t in triples(gk.extract(text)) if t[2] == "aid"]
    assert [t for t in found if t[1] == target and source in (None, t[0])], found


def test_a_neutral_intermediary_of_a_handover_mediates_between_its_two():
    G = gk.extract(
        "Azerbaijan handed over the bodies of two Armenian soldiers to Armenia, with the ICRC "
        "acting as a neutral intermediary."
    )
    found = triples(G)
    assert ("icrc", "arm", "mediate") in found and ("icrc", "aze", "mediate") in found


def test_an_intermediary_in_trade_mediates_nothing():
    G = gk.extract(
        "Azerbaijan sold gas to Armenia, with a Georgian company acting as an intermediary.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "mediate"]


@pytest.mark.parametrize(
    "text, edge",
    [
        ("Baku expected Yerevan to complete the process on time.", ("aze", "arm", "demand")),
        ("Aliyev wants Moscow to admit guilt.", ("aliyev", "rus", "demand")),
    ],
)
def test_one_expected_or_wanted_to_act_is_asked_to(text, edge):
    assert edge in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan expects to sign a peace treaty with Armenia this year.",
        "Tehran opposes the corridor that Baku wants through Armenia's Syunik province to link "
        "the mainland with Nakhchivan.",
        "Analysts expect Russia to keep its troops in Armenia.",
        # a forecast, or one's own side wanted
        "Armenia expects Azerbaijan to launch new attacks on its territory.",
        "Russia expects Azerbaijan to win the war.",
        "Russia wants its peacekeepers to stay in Karabakh.",
    ],
)
def test_ones_own_aim_or_anothers_expectation_asks_no_one(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "demand"], found


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Mirzoyan said Yerevan was ready to establish full diplomatic relations with Turkey.",
            ("mirzoyan", "tur", "intend_cooperation"),
        ),
        (
            "Baku said it was ready to pay compensation to Russia.",
            ("aze", "rus", "intend_cooperation"),
        ),
    ],
)
def test_readiness_to_open_establish_or_pay_offers_cooperation(text, edge):
    assert edge in triples(gk.extract(text))


def test_readiness_to_help_the_two_sides_stays_an_offer_to_mediate():
    G = gk.extract(
        "Armenia and Azerbaijan clashed on the border. Iran said it was ready to help the two "
        "neighbours resolve their disputes."
    )
    found = [t for t in triples(G) if t[0] == "irn"]
    assert found and not [t for t in found if t[2] == "intend_cooperation"], found


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Armenia recognised Azerbaijan's territorial integrity. Washington quickly welcomed "
            "the step.",
            ("usa", "arm", "support"),
        ),
        (
            "The EU extended its monitoring mission in Armenia. Armenia's Foreign Ministry "
            "welcomed the extension.",
            ("arm", "eu", "support"),
        ),
    ],
)
def test_a_step_or_extension_welcomed_backs_who_took_it(text, edge):
    assert edge in triples(gk.extract(text))


def test_a_move_condemned_is_still_the_judged_acts():
    G = gk.extract(
        "Azerbaijan installed a checkpoint on the Lachin road. Armenia condemned the move."
    )
    assert ("arm", "aze", "criticize") in triples(G)


def test_the_noun_aid_is_no_one_aiding():
    G = gk.extract("Congress passed a law that restricts U.S. aid to Azerbaijan.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "aid"]


def test_coming_to_each_others_aid_is_still_aid():
    G = gk.extract(
        "Under the Shusha Declaration, Turkey and Azerbaijan pledged to come to each other's "
        "aid if either is attacked."
    )
    assert {("tur", "aze", "aid"), ("aze", "tur", "aid")} <= set(triples(G))


def test_a_pledge_to_end_hostilities_is_no_threat():
    G = gk.extract("Armenia and Azerbaijan pledged to end hostilities for good.")
    assert not [t for t in triples(G) if t[2] == "threaten"]


def test_a_pledge_a_signed_text_states_is_no_second_relation():
    G = gk.extract(
        "Putin and Aliyev signed a declaration on allied interaction in Moscow, pledging to "
        "consult each other on security."
    )
    found = triples(G)
    assert not [t for t in found if t[2] == "intend_cooperation"], found


def test_one_who_spoke_by_phone_with_another_consulted_them():
    G = gk.extract("Blinken spoke by phone with Aliyev on Monday.")
    found = triples(G)
    assert ("blinken", "aliyev", "consult") in found
    assert ("aliyev", "blinken", "consult") not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lavrov hosted the Armenian and Azerbaijani foreign ministers in Moscow.",
            {("lavrov", "arm", "mediate"), ("lavrov", "aze", "mediate")},
        ),
        ("Iran's top diplomat urged Azerbaijan to show restraint.", {("irn", "aze", "appeal")}),
        ("Armenian PM accuses Azerbaijan of aggression", {("arm", "aze", "accuse_aggression")}),
    ],
)
def test_a_states_office_the_text_does_not_name_is_the_states(text, expected):
    found = {t for t in triples(gk.extract(text, date="2023-05-01")) if t[2] != "attack"}
    assert found == expected


def test_a_states_office_whose_holder_the_text_names_is_the_holder():
    G = gk.extract(
        "Ararat Mirzoyan flew to Moscow on Monday. Lavrov hosted the Armenian foreign minister "
        "and his Azerbaijani counterpart.",
        date="2023-05-01",
    )
    assert ("lavrov", "mirzoyan", "mediate") in triples(G)


def test_an_organisations_office_without_a_name_is_still_its_holder():
    G = gk.extract(
        "The UN Secretary-General urged Azerbaijan to show restraint.", date="2023-05-01"
    )
    assert triples(G) == [("guterres", "aze", "appeal")]


def test_a_spokesman_of_a_states_ministry_is_of_that_state():
    G = gk.extract(
        "Armenian Foreign Ministry spokesman Vahan Hunanyan said Yerevan expected Ankara to "
        "implement the agreements without preconditions."
    )
    assert ("hunanyan", "tur", "demand") in triples(G)
    assert G.nodes["hunanyan"].get("parent") == "arm"


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "The Azerbaijani president spoke in Baku on Tuesday. He warned Armenia against any "
            "provocation.",
            ("aze", "arm", "threaten"),
        ),
        (
            "Blinken called the Azerbaijani president and urged him to reopen the Lachin corridor.",
            ("blinken", "aze", "appeal"),
        ),
    ],
)
def test_he_or_him_after_an_unnamed_office_is_its_state(text, edge):
    assert edge in triples(gk.extract(text))


def test_a_step_welcomed_after_an_accord_backs_both_who_agreed():
    G = gk.extract(
        "Armenia and Azerbaijan signed a peace treaty in Washington. France welcomed the step."
    )
    assert {("fra", "arm", "support"), ("fra", "aze", "support")} <= set(triples(G))


def test_unnamed_ministers_welcomed_are_still_guests():
    G = gk.extract(
        "Armenia and Azerbaijan fought a war. Tokayev welcomed the Armenian and Azerbaijani "
        "foreign ministers in Almaty."
    )
    found = set(triples(G))
    assert {("tokayev", "arm", "mediate"), ("tokayev", "aze", "mediate")} <= found
    assert not [t for t in found if t[2] == "support"]


def test_a_holder_the_text_names_in_another_spelling_is_still_the_holder():
    G = gk.extract(
        "Pashinian said Armenia was ready to sign a peace treaty. The Armenian prime minister "
        "also criticised Russia.",
        date="2023-05-01",
    )
    assert ("pashinyan", "rus", "criticize") in triples(G)


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Azerbaijan is ready to open an embassy in Yerevan.",
            ("aze", "arm", "intend_cooperation"),
        ),
        (
            "Azerbaijan is ready to allow humanitarian convoys into Karabakh.",
            ("aze", "nagorno_karabakh", "allow_humanitarian_access"),
        ),
    ],
)
def test_readiness_keeps_the_reading_of_the_act_it_is_for(text, edge):
    assert edge in triples(gk.extract(text))


def test_a_dateline_of_a_third_capital_names_no_ministry():
    G = gk.extract(
        "MOSCOW (Reuters) - Armenia accused Azerbaijan of shelling its territory on Tuesday. The "
        "Foreign Ministry said Azerbaijani troops had crossed the border."
    )
    assert not [t for t in triples(G) if t[0] == "rus"]


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Macron condemned the military operation launched by Azerbaijan.",
            ("macron", "aze", "criticize"),
        ),
        ("Russia criticised the sanctions imposed by the EU.", ("rus", "eu", "criticize")),
    ],
)
def test_what_a_participles_by_names_is_the_one_judged(text, edge):
    assert edge in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Baku stopped all traffic through the Lachin corridor in mid-June.",
            ("aze", "lachin_corridor", "blockade"),
        ),
        (
            "Azerbaijan suspended all movement through its checkpoint on the Lachin road.",
            ("aze", "lachin_corridor", "blockade"),
        ),
    ],
)
def test_traffic_stopped_on_a_route_blockades_it(text, edge):
    assert edge in triples(gk.extract(text))


def test_traffic_stopped_in_a_city_blockades_no_one():
    G = gk.extract(
        "Police stopped traffic on the highway in Yerevan during the protest.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "blockade"]


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "UNHCR said it was sending relief supplies to help Armenia cope with the arrivals.",
            ("unhcr", "arm", "humanitarian_aid"),
        ),
        ("Turkey also sent search teams to Iran.", ("tur", "irn", "humanitarian_aid")),
        (
            "Azerbaijan allowed ICRC vehicles through the Lachin checkpoint again.",
            ("aze", "icrc", "allow_humanitarian_access"),
        ),
    ],
)
def test_relief_sent_to_help_rescuers_sent_and_vehicles_let_through(text, edge):
    assert edge in triples(gk.extract(text))


def test_an_act_a_speaker_recalls_in_a_when_clause_is_no_charge():
    found = triples(
        gk.extract(
            "Pashinyan said the treaty did not work for Armenia in 2022, when Azerbaijani troops "
            "advanced into Armenian territory."
        )
    )
    assert ("aze", "arm", "occupy") in found
    assert not [t for t in found if t[2].startswith("accuse")]
    # (an act the speaker reports, with a "when" after it, is still a charge)
    found = triples(
        gk.extract(
            "Pashinyan said Azerbaijani troops advanced into Armenian territory when the talks "
            "stalled."
        )
    )
    assert ("pashinyan", "aze", "accuse") in found


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev asked why Iran had never held such exercises near the border.",
        'Asked whether Azerbaijan intended to capture Armenian land, Hajiyev said: "We have no '
        'such plans."',
    ],
)
def test_a_question_asked_is_no_appeal_and_no_act(text):
    assert triples(gk.extract(text, allow_empty=True)) == []


def test_him_after_a_call_to_congratulate_is_the_one_called():
    G = gk.extract(
        "Putin telephoned Pashinyan on Wednesday to congratulate him on his party's win."
    )
    found = triples(G)
    assert ("putin", "pashinyan", "consult") in found
    assert not [t for t in found if t[0] == "pashinyan"]


def test_talks_an_appeal_asks_for_are_not_held():
    G = gk.extract(
        "The State Department urged Armenia and Azerbaijan to resume direct talks on a peace "
        "treaty."
    )
    found = triples(G)
    assert ("usa", "arm", "appeal") in found
    assert not [t for t in found if t[2] == "negotiate"]


# round 41: wave 18 read


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan said Armenian troops fired on its posts. Armenia's Defence Ministry called "
        'the statement "a pack of lies".',
        "Azerbaijan said Armenian troops fired on its posts. Yerevan called the Azerbaijani "
        "version an invention.",
        "Azerbaijan said Armenian troops fired on its posts. Armenia's Defence Ministry called "
        'the report "a fantasy".',
    ],
)
def test_a_statement_called_a_lie_or_an_invention_is_denied(text):
    assert ("arm", "aze", "deny") in triples(gk.extract(text))


def test_a_convoy_called_a_provocation_is_no_denial():
    G = gk.extract(
        "Armenia sent an aid convoy. Azerbaijan called the convoy a provocation.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "deny"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The UN Security Council met on Wednesday at Armenia's request.",
            ("arm", "un_security_council"),
        ),
        ("At Yerevan's request, Russian troops pulled out of the airport.", ("arm", "rus")),
        ("The EU monitoring mission was set up in 2023 at Armenia's request.", ("arm", "eu")),
        (
            "Hajiyev said Baku had granted the delay at the request of the Armenian side.",
            ("arm", "aze"),
        ),
        (
            "The court rejected a separate Azerbaijani request that Armenia be ordered to stop "
            "planting mines.",
            None,
        ),
    ],
)
def test_a_request_granted_was_made_of_the_clause_subject(text, expected):
    found = {(s, t) for s, t, ty in triples(gk.extract(text, allow_empty=True)) if ty == "appeal"}
    if expected is None:
        assert not found  # ("the court": no court named, so no one asked; not Armenia)
    else:
        assert expected in found
        assert len(found) == 1


def test_a_request_of_ones_own_state_asks_no_one():
    G = gk.extract(
        "Lavrov hosted Jeyhun Bayramov and Zohrab Mnatsakanyan at the request of President "
        "Vladimir Putin."
    )
    assert not [t for t in triples(G) if t[2] == "appeal"]


def test_hoping_that_others_will_act_is_an_appeal_to_them():
    found = triples(gk.extract("China hoped Baku and Yerevan would sign their peace treaty soon."))
    assert ("chn", "arm", "appeal") in found and ("chn", "aze", "appeal") in found


@pytest.mark.parametrize(
    "text",
    [
        "Washington said it hoped the agreement would pave the way to peace with Azerbaijan.",
        "Moscow hoped Azerbaijan would win nothing by force.",
        "Russia sent troops in the hope that Azerbaijan would back down.",
    ],
)
def test_hoping_for_a_thing_a_forecast_or_a_purpose_is_no_appeal(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "appeal"]


@pytest.mark.parametrize(
    "text",
    [
        "India has become a key arms supplier to Armenia.",
        "India became the main supplier of artillery to Armenia.",
    ],
)
def test_an_arms_supplier_to_a_state_aids_it_militarily(text):
    assert ("ind", "arm", "military_aid") in triples(gk.extract(text))


def test_the_region_after_the_people_who_fled_it_is_their_land():
    G = gk.extract(
        "Armenia granted protection to the people who fled Nagorno-Karabakh last month. "
        "Azerbaijan took full control of the region in September."
    )
    assert ("aze", "nagorno_karabakh", "control") in triples(G)
    G = gk.extract(
        "Armenia granted protection to the refugees. Azerbaijan took full control of the region.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "control"]


def test_refusing_to_discuss_a_proposal_or_distancing_from_remarks_rejects_them():
    G = gk.extract(
        "Azerbaijan proposed a joint commission. Yerevan has refused to discuss the idea."
    )
    assert ("arm", "aze", "reject") in triples(G)
    G = gk.extract("Armenia's government distanced itself from the remarks of Samvel Shahramanyan.")
    assert ("arm", "shahramanyan", "reject") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("UN expert urges Azerbaijan to guarantee a safe return", ("un_experts", "aze")),
        ("A UN special rapporteur urged Azerbaijan to allow a return.", ("un_experts", "aze")),
        (
            "Azerbaijan urged the UN High Commissioner for Refugees to recognise the right of return.",
            ("aze", "unhcr"),
        ),
    ],
)
def test_a_un_expert_and_the_refugee_commissioner_are_their_bodies(text, expected):
    assert (*expected, "appeal") in triples(gk.extract(text))


def test_a_demand_that_two_act_is_made_of_both():
    found = triples(gk.extract("Moscow demanded that Armenia and Azerbaijan stop fighting."))
    assert ("rus", "arm", "demand") in found and ("rus", "aze", "demand") in found


def test_an_apposition_may_stand_between_an_arrest_and_its_agent():
    G = gk.extract(
        "Blinken was troubled by the arrest of Ruben Vardanyan, the former state minister of the "
        "breakaway region, by Azerbaijani border guards."
    )
    assert [t for t in triples(G) if t[1] == "vardanyan" and t[2] == "coerce"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenia demanded the immediate release of all Armenians held in Azerbaijan.",
            ("arm", "aze"),
        ),
        (
            "Russia's FSB detained two Azerbaijanis in Yekaterinburg. Baku demanded their immediate "
            "release.",
            ("aze", "rus"),
        ),
        (
            "Azerbaijani forces captured six Armenian soldiers. Pashinyan demanded the soldiers' "
            "immediate return.",
            ("pashinyan", "aze"),
        ),
    ],
)
def test_a_demand_for_captives_release_is_made_of_their_holder(text, expected):
    found = triples(gk.extract(text))
    assert (*expected, "demand") in found
    assert not [t for t in found if t[2] == "demand" and t[1] != expected[1]]


def test_a_demand_for_a_release_asked_of_one_named_stays_theirs():
    G = gk.extract(
        "Azerbaijan detained two Armenian soldiers. Yerevan expected Moscow to help secure the "
        "release of the soldiers."
    )
    assert ("arm", "rus", "demand") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Aliyev and the visiting Pakistani prime minister signed several agreements.",
            ("pak", "aliyev"),
        ),
        ("Pashinyan met visiting EU Council President Charles Michel.", ("michel", "pashinyan")),
        ("Aliyev, visiting Ankara, met Erdogan.", ("aliyev", "tur")),
    ],
)
def test_the_one_after_an_attributive_visiting_is_the_guest(text, expected):
    found = triples(gk.extract(text))
    assert (*expected, "consult") in found
    assert (expected[1], expected[0], "consult") not in found


def test_a_protest_against_steps_by_a_state_is_against_it():
    G = gk.extract(
        "Russia protested against a series of unfriendly moves by Yerevan, including aid taken "
        "to Ukraine."
    )
    found = triples(G)
    assert ("rus", "arm", "protest") in found
    assert ("rus", "ukr", "protest") not in found


# round 41: review A's cases


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Upon Azerbaijan's request, Turkey sent F-16 jets.", {("aze", "tur")}),
        ("Earlier, at Yerevan's request, Russia withdrew its border guards.", {("arm", "rus")}),
        (
            "At Macron's request, Pashinyan and Aliyev met in Granada.",
            {("macron", "pashinyan"), ("macron", "aliyev")},
        ),
        ("Armenia accused Azerbaijan of ignoring the ICRC's requests.", set()),
    ],
)
def test_who_a_request_asks(text, expected):
    found = {(s, t) for s, t, ty in triples(gk.extract(text, allow_empty=True)) if ty == "appeal"}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Macron called Aliyev after the Azerbaijani statement and warned him against any provocation.",
        "Putin called Aliyev about the Armenian account of the incident.",
    ],
)
def test_a_phone_call_about_a_statement_denies_nothing(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "deny"]


@pytest.mark.parametrize(
    "text",
    [
        "China hoped that Azerbaijan would prevail.",
        "Aliyev said he hoped Armenia would not become a battlefield for foreign powers.",
        "Macron hoped Armenia would receive more aid.",
    ],
)
def test_hoping_for_an_outcome_is_no_appeal(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "appeal"]


def test_expressing_the_hope_that_others_will_act_is_an_appeal():
    G = gk.extract("Pashinyan expressed the hope that Azerbaijan would withdraw its troops.")
    assert ("pashinyan", "aze", "appeal") in triples(G)


def test_a_refused_offer_of_mediation_stays_a_rejected_mediation():
    found = triples(gk.extract("Azerbaijan refused to accept Iran's offer of mediation."))
    assert ("aze", "irn", "reject_mediation") in found
    assert ("aze", "irn", "reject") not in found


def test_a_potential_arms_supplier_supplies_nothing():
    G = gk.extract("France is a potential arms supplier to Armenia.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "military_aid"]


def test_a_participle_phrase_is_no_apposition_before_by():
    G = gk.extract(
        "A study of the blockade of the Lachin corridor, published last week, by Freedom House "
        "found severe shortages."
    )
    assert [t for t in triples(G) if t[2] == "blockade"] == [("aze", "lachin_corridor", "blockade")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan detained an Armenian soldier. Russia's FSB detained an Azerbaijani "
            "activist in Moscow. Armenia demanded the soldier's release.",
            {("arm", "aze")},
        ),
        (
            "Azerbaijan detained two Armenian civilians on Monday. Russia demanded a return to the "
            "ceasefire regime.",
            set(),
        ),
        ("France demanded the release of the Armenian prisoners held in Baku.", {("fra", "aze")}),
    ],
)
def test_who_holds_the_captives_whose_release_is_demanded(text, expected):
    found = {(s, t) for s, t, ty in triples(gk.extract(text)) if ty == "demand"}
    assert found == expected


def test_a_proposal_turned_down_in_its_own_sentence_was_its_proposers():
    G = gk.extract(
        "Baku offered to supply fuel via Aghdam, but the region's de facto leadership turned the "
        "proposal down."
    )
    assert ("separatists", "aze", "reject") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Baku wants Yerevan to change its constitution, a demand Yerevan rejects.",
            ("arm", "aze"),
        ),
        (
            "The European Parliament called for sanctions on Baku, a demand Azerbaijan rejects.",
            ("aze", "eu_parliament"),
        ),
    ],
)
def test_a_demand_rejected_in_a_relative_clause_is_its_askers(text, expected):
    assert (*expected, "reject") in triples(gk.extract(text))


def test_a_state_may_detain_its_own_citizen():
    G = gk.extract("Armenia's National Security Service detained Bagrat Galstanyan.")
    assert ("arm", "galstanyan", "coerce") in triples(G)


# round 41: review B's cases


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Erdogan, visiting Azerbaijani President Ilham Aliyev in Baku, praised the victory.",
            {("erdogan", "aliyev")},
        ),
        (
            "Putin hosted visiting Azerbaijani leader Ilham Aliyev at his residence.",
            {("aliyev", "putin")},
        ),
        (
            "Putin met visiting Armenian and Azerbaijani leaders in Sochi.",
            {("arm", "putin"), ("aze", "putin")},
        ),
    ],
)
def test_who_visits_whom_around_visiting(text, expected):
    found = {(s, t) for s, t, ty in triples(gk.extract(text)) if ty == "consult"}
    assert found == expected


@pytest.mark.parametrize(
    "text, unwanted",
    [
        (
            "Russia detained two Azerbaijanis in Moscow. Azerbaijan demanded the return of "
            "territories occupied by Armenia.",
            ("aze", "rus", "demand"),
        ),
        (
            "Pashinyan demanded the return of the prisoners at a meeting held in Brussels with "
            "Aliyev.",
            ("pashinyan", "eu", "demand"),
        ),
        (
            "Russia ceased to be a reliable arms supplier to Armenia after the war in Ukraine.",
            ("rus", "arm", "military_aid"),
        ),
        (
            "Zakharova complained that Armenia and Azerbaijan's Western partners were exploiting "
            "the situation.",
            ("zakharova", "aze", "disapprove"),
        ),
        (
            "Armenia will recognise Karabakh as part of Azerbaijan if a peace deal is signed.",
            ("nagorno_karabakh", "aze", "part_of"),
        ),
    ],
)
def test_review_b_near_misses(text, unwanted):
    assert unwanted not in triples(gk.extract(text, allow_empty=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("French Interior Minister Gerald Darmanin accused Azerbaijan of interfering.", "fra"),
        ("Armenian Economy Minister Gevorg Papoyan accused Moscow of using trade.", "arm"),
        ("China's deputy envoy Geng Shuang called on Armenia to show restraint.", "chn"),
    ],
)
def test_a_person_unknown_to_the_gazetteer_belongs_to_the_state_before_the_portfolio(
    text, expected
):
    G = gk.extract(text)
    person = next(u for u, _ in G.edges())
    assert G.nodes[person]["kind"] == "person" and G.nodes[person]["parent"] == expected


def test_a_verb_before_a_title_is_no_portfolio():
    G = gk.extract("Yerevan recalled its ambassador from Israel in protest.")
    assert ("arm", "isr", "reduce_relations") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia's NSS detained a man who was spying for Azerbaijan.", ("arm", "aze")),
        (
            "Armenia's National Security Service arrested a soldier, accusing him of passing "
            "military secrets to Azerbaijani intelligence.",
            ("arm", "aze"),
        ),
    ],
)
def test_spying_for_a_state_is_the_accusers_charge_against_it(text, expected):
    assert (*expected, "accuse") in triples(gk.extract(text))


def test_a_group_financed_by_a_states_intelligence_is_its_charge():
    G = gk.extract(
        "Azerbaijan's State Security Service said the group had been trained and financed by "
        "Iranian intelligence."
    )
    assert ("aze", "irn", "accuse") in triples(G)
    G = gk.extract("The charity was financed by Armenian volunteers.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "accuse"]


@pytest.mark.parametrize(
    "text, unwanted",
    [
        (
            "Armenia passed information to Azerbaijan on the location of mines.",
            ("arm", "aze", "accuse"),
        ),
        (
            "Armenian opposition leader Ishkhan Saghatelyan accused Pashinyan of surrendering "
            "Karabakh.",
            ("saghatelyan", "pashinyan", "accuse"),
        ),
    ],
)
def test_review_c_near_misses(text, unwanted):
    assert unwanted not in triples(gk.extract(text, allow_empty=True))


# round 42: wave 19 read


def test_a_participle_in_an_apposition_has_the_described_place_as_its_subject():
    # (the place stands after "north of", which keeps it from being a verb's subject)
    G = gk.extract(
        "The clashes took place north of Nagorno-Karabakh, a region internationally recognized "
        "as part of Azerbaijan."
    )
    assert ("aze", "nagorno_karabakh", "sovereignty") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Azerbaijan has blamed the Barda strike on Armenian forces.", ("aze", "arm")),
        ("Baku blamed the shelling of Tartar on Armenia.", ("aze", "arm")),
        ("Armenia blamed the attack on Stepanakert on Azerbaijan.", ("arm", "aze")),
    ],
)
def test_an_act_blamed_on_someone_accuses_them_not_its_place(text, expected):
    G = gk.extract(text)
    assert (*expected, "accuse_aggression") in triples(G)
    assert not [t for t in triples(G) if t[2] == "accuse_aggression" and t[1] != expected[1]]


def test_blaming_someone_for_an_act_on_a_place_still_accuses_them():
    G = gk.extract("Armenia blamed Azerbaijan for the attack on Stepanakert.")
    assert [t for t in triples(G) if t[2] == "accuse_aggression"] == [
        ("arm", "aze", "accuse_aggression")
    ]


def test_a_truce_brokered_by_a_list_of_three_is_mediated_by_each():
    G = gk.extract(
        "Armenia and Azerbaijan fought for six weeks. Three humanitarian truces brokered in "
        "October by Russia, France and the United States collapsed within hours."
    )
    for broker in ("rus", "fra", "usa"):
        assert (broker, "arm", "mediate") in triples(G)
        assert (broker, "aze", "mediate") in triples(G)
    # (a list whose last member is the subject of the verb after it stays apart)
    G = gk.extract(
        "Armenia and Azerbaijan fought. After mediation by Russia, Armenia and Azerbaijan had "
        "agreed a truce."
    )
    assert ("rus", "arm", "mediate") in triples(G)
    assert ("arm", "aze", "mediate") not in triples(G)


def test_a_call_spoken_separately_by_telephone_is_a_consultation_with_each():
    G = gk.extract(
        "Guterres spoke separately by telephone with President Ilham Aliyev and Prime Minister "
        "Nikol Pashinyan."
    )
    assert {("guterres", "aliyev", "consult"), ("guterres", "pashinyan", "consult")} <= set(
        triples(G)
    )


def test_a_body_named_only_after_the_secretary_general_leaves_him_the_uns():
    text = (
        "UN urges dialogue on the border.\n\n"
        "The Secretary-General is concerned about tension between Armenia and Azerbaijan and "
        "calls on both sides to de-escalate through dialogue, Deputy Spokesperson Farhan Haq "
        "said on 14 May.\n\n"
        "Yerevan has also asked the Collective Security Treaty Organization to hold consultations."
    )
    G = gk.extract(text, date="2023-06-01")
    assert {("guterres", "arm", "appeal"), ("guterres", "aze", "appeal")} <= set(triples(G))
    # (a body named before the title may own it)
    G = gk.extract(
        "NATO held a summit.\n\nThe Secretary-General calls on both sides to de-escalate, the "
        "UN said.",
        date="2023-06-01",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "guterres"]


# round 43: wave 20 read


def test_three_states_named_alike_are_no_pair_for_each_side():
    # (no two of "the United States, Armenia and Azerbaijan" are the sides of the truce)
    G = gk.extract(
        "The United States, Armenia and Azerbaijan issued a joint statement on Sunday. The two "
        "earlier truces broke down within hours, with each side accusing the other of "
        "violating them."
    )
    assert not [t for t in triples(G) if "usa" in t[:2] and t[2] != "cooperate"]
    assert ("usa", "arm", "cooperate") in triples(G)


@pytest.mark.parametrize(
    "text, host, guests",
    [
        (
            "Azerbaijan and Armenia have pledged not to fire on civilians, the co-chairs of the "
            "OSCE Minsk Group said in a joint statement after hosting the two foreign ministers "
            "in Geneva.",
            "minsk_group",
            ("arm", "aze"),
        ),
        (
            "Ilham Aliyev and Nikol Pashinyan have agreed to restore railway lines, Charles "
            "Michel said in a statement after hosting the two leaders for dinner.",
            "michel",
            ("aliyev", "pashinyan"),
        ),
        (
            "Charles Michel said on Sunday that Ilham Aliyev and Nikol Pashinyan had confirmed "
            "their commitment to peace, after he hosted them for several hours of talks.",
            "michel",
            ("aliyev", "pashinyan"),
        ),
    ],
)
def test_who_said_it_after_hosting_the_parties_is_their_host(text, host, guests):
    G = gk.extract(text)
    mediations = {(s, t) for s, t, typ in triples(G) if typ == "mediate"}
    assert mediations == {(host, g) for g in guests}


def test_a_gerund_after_saying_stays_the_main_clauses_own_act():
    # (only a host is the speaker: "after meeting Lavrov" is Armenia's, not a mediation)
    G = gk.extract("Armenia accused Azerbaijan of violating the truce after meeting Lavrov.")
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_welcoming_a_swap_supports_both_sides_and_helping_arrange_it_mediates():
    G = gk.extract(
        "Armenia and Azerbaijan swapped prisoners on Sunday. Garibashvili helped arrange the "
        "swap, and Charles Michel welcomed it as a step toward trust."
    )
    for side in ("arm", "aze"):
        assert ("garibashvili", side, "mediate") in triples(G)
        assert ("michel", side, "support") in triples(G)


def test_a_welcome_by_two_named_together_is_each_ones():
    G = gk.extract(
        "Armenia and Azerbaijan agreed to free prisoners. The two governments said they had "
        "reached the deal directly, and the United States and the European Union welcomed it."
    )
    supports = {(s, t) for s, t, typ in triples(G) if typ == "support"}
    assert supports == {("usa", "arm"), ("usa", "aze"), ("eu", "arm"), ("eu", "aze")}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan initialled a peace treaty in Washington on Friday.",
        "The foreign ministers of Armenia and Azerbaijan initialed the peace agreement.",
    ],
)
def test_initialling_an_agreement_is_cooperation(text):
    assert ("arm", "aze", "cooperate") in triples(gk.extract(text))


def test_each_side_accusing_the_other_of_breaking_the_truces_charges_both_with_it():
    G = gk.extract(
        "Azerbaijan and Armenia have fought for weeks. Humanitarian truces were agreed in "
        "Moscow and Washington. Both truces collapsed within hours, with each side accusing "
        "the other of breaking them."
    )
    assert {("arm", "aze", "violate_ceasefire"), ("aze", "arm", "violate_ceasefire")} <= set(
        triples(G)
    )


def test_breaking_it_without_a_truce_in_the_sentence_is_no_violation():
    G = gk.extract(
        "Azerbaijan said Armenia had promised reforms and would break them.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "violate_ceasefire"]


def test_a_statement_signed_overnight_with_two_leaders_is_signed_with_each():
    G = gk.extract(
        "Protesters denounced the statement Pashinyan signed overnight with Putin and Aliyev."
    )
    assert {
        ("pashinyan", "putin", "sign_agreement"),
        ("pashinyan", "aliyev", "sign_agreement"),
    } <= (set(triples(G)))


def test_by_and_a_gerund_with_a_named_object_is_a_means_not_the_agent():
    G = gk.extract("Aliyev's office accused France of stoking tension by arming Armenia.")
    assert ("aliyev", "fra", "accuse") in triples(G)
    assert ("aliyev", "arm", "accuse") not in triples(G)
    # ("by retreating Armenian troops": a participle before the agent)
    G = gk.extract("Stepanakert was shelled by retreating Armenian troops, Baku said.")
    assert ("arm", "nagorno_karabakh_population", "attack") in triples(G)


def test_the_brink_of_war_is_no_war():
    G = gk.extract(
        "Armenia and Azerbaijan met in Sochi. Tensions over the border brought the two countries to "
        "the brink of war.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "war"]


def test_of_three_named_alike_the_last_two_are_the_pair():
    # (the truce after "mediation by Russia, Armenia and Azerbaijan" is between the last two)
    G = gk.extract(
        "The United States, Armenia and Azerbaijan issued a joint statement announcing that a "
        "humanitarian ceasefire would take effect at 08:00."
    )
    assert not [t for t in triples(G) if t[2] == "ceasefire" and "usa" in t[:2]]


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Armenia and Azerbaijan met in Brussels. The two sides said they had reached a deal.",
            ("arm", "aze"),
        ),
        (
            "Armenia and Azerbaijan met in Brussels. The two governments said they had reached "
            "the deal directly.",
            ("arm", "aze"),
        ),
    ],
)
def test_they_after_a_pair_that_speaks_is_that_pair(text, pair):
    assert (*pair, "cooperate") in triples(gk.extract(text))


def test_a_pair_phrase_before_the_sentences_own_pair_is_the_pair_named_before():
    G = gk.extract(
        "Armenia and Azerbaijan met in Brussels. The two governments said they had reached the "
        "deal directly, and the United States and the European Union welcomed it."
    )
    assert ("usa", "eu", "cooperate") not in triples(G)
    assert {("usa", "arm", "support"), ("eu", "aze", "support")} <= set(triples(G))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In a joint statement, Armenia and Azerbaijan said they would free prisoners.",
            ("arm", "aze", "cooperate"),
        ),
        (
            "In a joint statement on 7 December, the offices of Prime Minister Nikol Pashinyan "
            "and President Ilham Aliyev said Azerbaijan would release the 32 men.",
            ("pashinyan", "aliyev", "cooperate"),
        ),
        ("Armenia and Azerbaijan made a joint statement on Thursday.", ("arm", "aze", "cooperate")),
    ],
)
def test_a_joint_statement_is_cooperation_of_those_who_issue_it(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_statement_not_joint_is_no_cooperation():
    G = gk.extract("In a statement, Armenia and Azerbaijan said they would talk.")
    assert not [t for t in triples(G) if t[2] == "cooperate"]


def test_the_last_two_of_a_list_of_envoys_of_states_are_no_pair():
    # ("Visconti of France and Schofer of the United States" end a list of three co-chairs)
    G = gk.extract(
        "Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the United "
        "States met Jeyhun Bayramov and Zohrab Mnatsakanyan in Geneva. The co-chairs urged both "
        "sides to exchange the remains of soldiers."
    )
    appeals = {t[1] for t in triples(G) if t[2] == "appeal"}
    assert appeals and not appeals & {"fra", "usa"}


def test_a_pair_named_in_the_same_clause_as_the_two_governments_is_theirs():
    G = gk.extract(
        "Azerbaijan and Armenia met in Astana. Xi also met Armenian Prime Minister Nikol "
        "Pashinyan, and the two governments announced a strategic partnership between China and "
        "Armenia."
    )
    assert ("chn", "arm", "cooperate") in triples(G)
    assert ("aze", "pashinyan", "meet") not in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenian forces took Kalbajar in 1993.", ("arm", "kalbajar", "occupy")),
        ("Armenian troops took the town of Shusha in May 1992.", ("arm", "shusha", "occupy")),
    ],
)
def test_taking_a_territory_is_its_capture(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan took Armenia to the International Court of Justice.",
        "Pashinyan took part in talks in Brussels with Aliyev.",
    ],
)
def test_taking_what_is_no_land_is_no_capture(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("occupy", "control")]


# round 43: near misses a review found


@pytest.mark.parametrize(
    "text",
    [
        # the conflict's two states of three named alike, whichever is named first
        "Armenia, Azerbaijan and Russia signed a statement ending the war. The two countries "
        "agreed to exchange prisoners.",
        "Russia, Armenia and Azerbaijan signed a statement ending the war. The two countries "
        "agreed to exchange prisoners.",
    ],
)
def test_of_three_named_alike_the_conflicts_two_states_are_the_pair(text):
    G = gk.extract(text)
    assert ("arm", "aze", "concede") in triples(G)
    assert not [t for t in triples(G) if t[2] == "concede" and "rus" in t[:2]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenian villages were shelled by neighbouring Azerbaijan.", ("aze", "arm", "attack")),
        (
            "Armenia has been blockaded by neighbouring Turkey since 1993.",
            ("tur", "arm", "blockade"),
        ),
    ],
)
def test_an_adjective_in_ing_before_the_agent_keeps_it(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire between Armenia and Azerbaijan is holding, Lavrov said after hosting the "
        "Azerbaijani foreign minister.",
        "In a joint statement, the ministers urged Armenia and Azerbaijan to resume talks.",
        "Armenia took the Nagorno-Karabakh conflict to the United Nations.",
        "Azerbaijan helped negotiate the deal with Armenia.",
        "Armenia helped arrange the meeting with Azerbaijan.",
        "Armenia and Azerbaijan met in Brussels. The two leaders said they would invite Russia "
        "and Turkey to the talks.",
    ],
)
def test_near_misses_of_round_43s_readings_read_nothing_new(text):
    G = gk.extract(text, allow_empty=True)
    assert not [
        t
        for t in triples(G)
        if t[2] in ("mediate", "occupy", "cooperate", "intend_cooperation")
        or (t[2] == "negotiate" and "rus" in t[:2])
    ]


# round 43: fighters sent and distances crossed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey has sent Syrian fighters to help Baku.", ("tur", "aze", "military_aid")),
        ("Turkey has flown Syrian fighters to Azerbaijan.", ("tur", "aze", "military_aid")),
        (
            "Armenia's government says Azerbaijani troops crossed about three kilometres into "
            "Syunik province.",
            ("aze", "syunik", "occupy"),
        ),
        (
            "Armenia said Azerbaijani forces had pushed 7.5 km into its territory.",
            ("aze", "arm", "occupy"),
        ),
    ],
)
def test_fighters_flown_in_to_help_and_distances_crossed_into_land(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_charge_of_fighters_flown_in_that_is_rejected_is_denied():
    G = gk.extract(
        "Officials in Yerevan have said that Turkey has flown Syrian fighters in to help Baku, a "
        "charge Ankara rejects."
    )
    rel = gk.relations_table(G)
    aid = rel[(rel.source == "tur") & (rel.target == "aze") & (rel.type == "military_aid")]
    assert list(aid.status) == ["denied"]
    assert ("arm", "tur", "accuse") in triples(G)


# round 44: wave 21 read


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's comma for "and" between two persons or two seats, not only two states
        ("Putin hosts Aliyev, Pashinyan in Moscow", ("putin", "pashinyan", "mediate")),
        ("Putin hosts Aliyev, Pashinyan in Moscow", ("putin", "aliyev", "mediate")),
        ("Borrell urges Baku, Yerevan to free all prisoners", ("borrell", "arm", "appeal")),
        ("Pompeo meets Mnatsakanyan, Bayramov separately", ("pompeo", "bayramov", "meet")),
        # and three names listed with commas alone
        (
            "Putin, Aliyev, Pashinyan sign statement ending war",
            ("putin", "aliyev", "sign_agreement"),
        ),
        (
            "Putin, Aliyev, Pashinyan sign statement ending war",
            ("aliyev", "pashinyan", "sign_agreement"),
        ),
    ],
)
def test_a_headline_lists_persons_and_seats_with_commas(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_sentence_with_a_full_stop_lists_no_seats_with_a_comma():
    # a sentence, not a headline: "In Baku, Aliyev ..." is a place and a person
    G = gk.extract("In Baku, Aliyev hosted Pashinyan for talks.", allow_empty=True)
    assert ("aze", "pashinyan", "mediate") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "The UK said it had provided 1 million pounds through the Red Cross to help those who "
        "fled.",
        "The OSCE decided to wind up the Minsk Group at the request of Armenia and Azerbaijan.",
    ],
)
def test_pounds_of_money_and_winding_up_are_no_attack(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "attack"]


def test_pounding_and_wounding_stay_attacks():
    assert ("aze", "arm", "attack") in triples(
        gk.extract("Azerbaijani artillery pounds Armenian positions.")
    )
    assert ("aze", "arm", "attack") in triples(
        gk.extract("Azerbaijani artillery wounded two Armenian soldiers.")
    )


def test_a_demonym_qualifies_an_act_past_one_noun():
    G = gk.extract("The EU condemned Azerbaijani revenge killings.")
    assert ("eu", "aze", "criticize") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia has questioned the need for the EU mission.", ("rus", "eu", "disapprove")),
        ("Peskov questioned the value of the EU mission.", ("peskov", "eu", "disapprove")),
    ],
)
def test_questioning_the_need_for_a_body_disapproves_of_it(text, expected):
    assert expected in triples(gk.extract(text))


def test_questioning_the_timing_in_an_interview_disapproves_of_nobody_named_after():
    G = gk.extract(
        "Aliyev questioned the timing in an interview with Turkey's Anadolu agency.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "disapprove"]


def test_the_milli_majlis_is_azerbaijan():
    G = gk.extract(
        "The Milli Majlis called on the French government to distance itself from the resolution."
    )
    assert ("aze", "fra", "appeal") in triples(G)


def test_ready_to_help_two_sides_settle_is_an_offer_to_mediate():
    G = gk.extract(
        "The United States stood ready to help Armenia and Azerbaijan address the underlying "
        "conflict."
    )
    assert ("usa", "arm", "offer_mediation") in triples(G)
    assert ("usa", "aze", "offer_mediation") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Azerbaijani troops entered Aghdam on Friday.", ("aze", "aghdam", "control")),
        ("Azerbaijani army enters Kalbajar after Armenians leave", ("aze", "kalbajar", "control")),
    ],
)
def test_troops_entering_a_place_take_control_of_it(text, expected):
    assert expected in triples(gk.extract(text))


def test_trucks_entering_a_place_take_nothing():
    G = gk.extract(
        "The first Iranian trucks entered Karabakh without permission, the army said.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "control"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia, Azerbaijan agree humanitarian truce after ten hours of talks in Moscow",
        "Armenia and Azerbaijan agreed early Saturday to a cease-fire in the fighting.",
        "The mediators work under a ceasefire that Baku and Yerevan agreed in May 1994.",
    ],
)
def test_agreeing_a_truce_is_a_ceasefire_not_a_cooperation(text):
    G = gk.extract(text)
    assert not [t for t in triples(G) if t[2] == "cooperate"]
    assert {t[2] for t in triples(G) if {"arm", "aze"} == set(t[:2])} == {"ceasefire"}


def test_agreeing_to_watch_over_a_truce_is_a_cooperation():
    G = gk.extract(
        "Moscow and Ankara agreed this week to set up a joint monitoring centre to watch over "
        "the truce."
    )
    assert ("rus", "tur", "cooperate") in triples(G)


def test_hosting_a_mission_is_no_mediation():
    G = gk.extract(
        "Macron and Michel sat down with Aliyev and Pashinyan for four hours. According to a "
        "joint statement, Armenia agreed to host the mission, and Azerbaijan agreed to "
        "cooperate with it.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "arm" and t[2] == "mediate"]


def test_concern_over_strikes_makes_the_concerned_no_attacker():
    G = gk.extract(
        "Washington said it was deeply concerned by strikes on Armenian settlements.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "attack"]


def test_violating_a_truce_by_shelling_stays_an_attack():
    G = gk.extract(
        "Azerbaijan accused Armenian forces of violating the truce by shelling villages of the "
        "Tartar district."
    )
    assert ("arm", "aze", "attack") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Stephen Biegun hosted separate talks in Washington with the foreign ministers of the two "
        "countries, Zohrab Mnatsakanyan of Armenia and Jeyhun Bayramov of Azerbaijan.",
        "Blinken hosted Azerbaijan's foreign minister, Jeyhun Bayramov, and his Armenian "
        "counterpart, Ararat Mirzoyan, for four days of talks.",
    ],
)
def test_a_mediation_between_two_states_whose_envoys_are_named_is_between_the_envoys(text):
    G = gk.extract(text)
    mediated = {t[1] for t in triples(G) if t[2] == "mediate"}
    assert {"bayramov"} <= mediated
    assert not mediated & {"arm", "aze"}


def test_persons_named_in_a_later_clause_leave_a_mediation_between_states():
    G = gk.extract(
        "EU mediation between Armenia and Azerbaijan stalled after Aliyev declined to attend a "
        "meeting with Pashinyan in Granada."
    )
    mediated = {t[1] for t in triples(G) if t[2] == "mediate" and t[0] == "eu"}
    assert mediated == {"arm", "aze"}


# round 44: near misses a review found


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Erdogan backs Aliyev, Pashinyan says", ("erdogan", "pashinyan", "support")),
        ("Moscow abandoned Yerevan, Paris says", ("rus", "fra", "concede")),
        ("Blinken calls Aliyev, Pashinyan urges restraint", ("blinken", "pashinyan", "consult")),
        ("Putin meets Aliyev, Pashinyan to visit Moscow next week", ("putin", "pashinyan", "meet")),
        ("Moscow warns Baku, Yerevan rejects Russian criticism", ("rus", "arm", "threaten")),
        (
            "Putin praised Aliyev, Pashinyan said, calling the remarks 'unacceptable'",
            ("putin", "pashinyan", "support"),
        ),
    ],
)
def test_a_headline_comma_before_a_new_clause_lists_no_names(text, absent):
    assert absent not in triples(gk.extract(text, allow_empty=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia agreed with Russia on truce monitoring by Russian border guards.", "cooperate"),
        ("Georgia agreed with Armenia to host ceasefire talks in Tbilisi.", "cooperate"),
        (
            "Armenian and Azerbaijani forces entered into a truce after two days of fighting.",
            "ceasefire",
        ),
        ("Bayramov sat down with reporters after meeting Mirzoyan in Almaty.", "meet"),
    ],
)
def test_truce_words_near_an_agreement_and_entries_into_a_truce_keep_their_reading(text, expected):
    assert expected in {t[2] for t in triples(gk.extract(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Baku questioned the purpose of French arms deliveries to Armenia.",
        "France is ready to help Armenia address the humanitarian needs of refugees.",
        "Human Rights Watch condemned Armenian civilian killings in Hadrut.",
    ],
)
def test_a_thing_owned_by_another_or_one_party_helped_or_victims_named_read_no_new_act(text):
    G = gk.extract(text, allow_empty=True)
    assert not [
        t
        for t in triples(G)
        if t[2] in ("disapprove", "offer_mediation", "criticize") and "arm" in t[:2]
    ]


def test_ready_to_help_one_state_settle_with_another_keeps_both():
    G = gk.extract(
        "The United States stands ready to help Armenia normalize relations with Turkey."
    )
    assert ("usa", "tur", "offer_mediation") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Michel mediated between Armenia and Azerbaijan, but Aliyev later criticised Pashinyan "
        "for delaying the treaty.",
        "Russia mediated the talks between Armenia and Azerbaijan, Pashinyan's office said, "
        "adding that Aliyev would attend.",
    ],
)
def test_persons_of_another_clause_or_owning_a_thing_leave_a_mediation_between_states(text):
    G = gk.extract(text)
    mediated = {t[1] for t in triples(G) if t[2] == "mediate"}
    assert mediated == {"arm", "aze"}


def test_a_third_partys_charge_of_war_crimes_leaves_the_two_sides():
    G = gk.extract(
        "Azerbaijan and Armenia resumed border talks. France accused Azerbaijan of ethnic "
        "cleansing in Karabakh. The two sides agreed to exchange prisoners."
    )
    assert not [t for t in triples(G) if t[2] == "concede" and "fra" in t[:2]]


def test_shelling_the_seat_of_the_de_facto_authorities_hits_its_people():
    G = gk.extract("Azerbaijani drones struck Stepanakert.")
    rel = gk.relations_table(G)
    attack = rel[rel.type == "attack"]
    assert list(attack.source) == ["aze"]
    kind = G.nodes[attack.target.iloc[0]]["kind"]
    assert kind == "population"
    # the seat still speaks for the authorities
    assert ("separatists", "aze", "accuse_aggression") in triples(
        gk.extract("Stepanakert accused Baku of shelling.")
    )


def test_arming_itself_with_the_help_of_a_state_is_that_states_arms_not_a_mediation():
    G = gk.extract("Armenia was arming itself with the help of France and India.")
    assert {("fra", "arm", "military_aid"), ("ind", "arm", "military_aid")} <= set(triples(G))
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_standing_shoulder_to_shoulder_with_a_state_supports_it():
    G = gk.extract("Pakistan stood shoulder to shoulder with Azerbaijan.")
    assert ("pak", "aze", "support") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Armenian opposition accused the government of making concessions.",
            ("arm_opposition", "arm", "accuse"),
        ),
        (
            "Archbishop Bagrat Galstanyan called on the government to halt the handover.",
            ("galstanyan", "arm", "appeal"),
        ),
        (
            "Protesters in Yerevan demanded that the government resign.",
            ("arm_protesters", "arm", "demand"),
        ),
    ],
)
def test_a_bare_government_after_a_states_own_people_is_that_state(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # a compound, a state named before, a government named with its state
        "Thousands of protesters rallied outside the government building in Yerevan.",
        "Aliyev said Armenia and the government would talk.",
        "Galstanyan said the government of Azerbaijan was to blame.",
    ],
)
def test_a_government_that_is_no_bare_reference_to_ones_own_state_is_left(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[1] == "arm" and t[0] in ("arm_protesters", "galstanyan")]
    assert ("aliyev", "aze", "negotiate") not in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan will not accept France as a mediator with Armenia, Hajiyev said.",
        "Baku saw no need for Iranian mediation and would continue direct talks with Yerevan.",
        "Trump also lifted restrictions on U.S. defence cooperation with Azerbaijan.",
        "The Milli Majlis voted to end cooperation with the European Parliament.",
    ],
)
def test_a_mediation_refused_and_a_cooperation_ended_are_neither(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("mediate", "cooperate")]


def test_rejecting_calls_for_a_ceasefire_is_no_call_of_ones_own():
    G = gk.extract(
        "Turkey rejected calls for a ceasefire that would leave Armenian forces on Azerbaijani "
        "territory.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "tur" and t[2] == "appeal"]


def test_money_given_through_a_body_is_not_given_to_it():
    G = gk.extract(
        "Germany had given 2 million euros through the International Committee of the Red Cross "
        "to help civilians in Nagorno-Karabakh.",
        allow_empty=True,
    )
    assert ("deu", "icrc", "aid") not in triples(G)
    assert ("deu", "icrc", "aid") in triples(
        gk.extract("Germany gave 2 million euros to the ICRC.")
    )


def test_we_in_an_op_ed_with_a_byline_is_the_authors_state():
    text = (
        "Why Baku must free our soldiers\n"
        "By Nikol Pashinyan, Prime Minister of Armenia\n"
        "We call on Baku to release every Armenian prisoner without conditions.\n"
    )
    G = gk.extract(text)
    assert ("arm", "aze", "appeal") in triples(G)
    # without a byline, a "we" outside quotations is nobody's
    G = gk.extract("We call on Baku to release every Armenian prisoner.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "appeal"]


@pytest.mark.parametrize(
    "text",
    [
        "CLIP, Pashinyan (through interpreter): We call on Azerbaijan to release our prisoners.",
        "Pashinyan (in Armenian): We call on Azerbaijan to release our prisoners.",
    ],
)
def test_a_speakers_turn_may_carry_an_aside_in_brackets(text):
    assert ("pashinyan", "aze", "appeal") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Washington had told Baku directly that any military action against the population "
            "of Karabakh would be unacceptable.",
            "attack",
        ),
        ("Russia had proved to be an unreliable partner for Armenia.", "cooperate"),
        ("The United States has put high-level contacts with Baku on hold.", "consult"),
    ],
)
def test_a_hypothetical_attack_an_unreliable_partner_and_contacts_on_hold_are_none(text, absent):
    G = gk.extract(text, allow_empty=True)
    assert absent not in {t[2] for t in triples(G)}


# round 44: near misses a second review found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan's armed forces, with the help of Turkey, retook Shusha in November 2020.",
            ("tur", "aze", "support"),
        ),
        (
            "Armenia and Azerbaijan agreed to end hostilities under Russian mediation.",
            ("rus", "arm", "mediate"),
        ),
        (
            "There is no alternative to Russian mediation between Armenia and Azerbaijan, Lavrov "
            "said.",
            ("rus", "aze", "mediate"),
        ),
        (
            "Baku rejected the report and called for France to stop arming Armenia.",
            ("aze", "fra", "appeal"),
        ),
        (
            "Since the end of the war, cooperation between Azerbaijan and Israel has grown.",
            ("aze", "isr", "cooperate"),
        ),
        (
            "Azerbaijani drones struck military targets in Stepanakert, the ministry said.",
            ("aze", "separatists", "attack"),
        ),
        (
            "The EU will provide 10 million euros through the government of Armenia to house "
            "refugees.",
            ("eu", "arm", "aid"),
        ),
    ],
)
def test_round_44_second_review_keeps_these_readings(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian Ambassador Sergei Kopyrkin said the government had frozen its participation in "
        "the CSTO.",
        "Armenian soldiers stood shoulder to shoulder with Russian peacekeepers at the checkpoint.",
        "Why peace matters\nBy recognising Karabakh as part of Azerbaijan, Prime Minister Nikol "
        "Pashinyan took a historic step.\nWe call on Russia to stop undermining Armenia.\n",
    ],
)
def test_round_44_second_review_reads_nothing_new_here(text):
    G = gk.extract(text, allow_empty=True)
    assert not [
        t for t in triples(G) if t[2] in ("reduce_relations", "support", "appeal", "member_of")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the mission would bring nothing but geopolitical confrontation.",
        "Armenia, Azerbaijan clash at UN rights council over detainees",
        "Azerbaijani and Armenian defence ministries clash on social media over the claims",
        "Lavrov said the observers were a threat to the region, a view his host said he shared.",
    ],
)
def test_wars_of_words_and_a_host_named_as_a_noun_read_no_war_or_mediation(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("war", "mediate")]


def test_clashes_on_the_border_and_a_host_after_as_stay():
    assert ("arm", "aze", "war") in triples(
        gk.extract("Armenian and Azerbaijani forces clashed on the border.")
    )
    G = gk.extract(
        "The foreign ministers, Zohrab Mnatsakanyan of Armenia and Jeyhun Bayramov of "
        "Azerbaijan, negotiated for about ten hours, with Russia's foreign minister, Sergei "
        "Lavrov, as their host."
    )
    assert ("lavrov", "bayramov", "mediate") in triples(G)


# round 45: wave 22 read


@pytest.mark.parametrize(
    "text, mediator, parties",
    [
        (
            "Moscow convened Presidents Serzh Sargsyan and Ilham Aliyev at Meiendorf Castle.",
            "rus",
            {"serzh_sargsyan", "aliyev"},
        ),
        (
            "The co-chairs then convened the two presidents of Armenia and Azerbaijan in Vienna.",
            "minsk_group",
            {"arm", "aze"},
        ),
        (
            "The statement of November 2020, negotiated by Moscow between Armenia and "
            "Azerbaijan, gave Turkey a foothold.",
            "rus",
            {"arm", "aze"},
        ),
        (
            "At Friday's summit hosted by President Donald Trump, Prime Minister Nikol Pashinyan "
            "and President Ilham Aliyev signed a joint declaration.",
            "trump",
            {"pashinyan", "aliyev"},
        ),
        (
            "At talks hosted by Charles Michel in Brussels, Pashinyan and Aliyev agreed to draft "
            "a treaty.",
            "michel",
            {"pashinyan", "aliyev"},
        ),
    ],
)
def test_convened_negotiated_statements_and_fronted_hosts_mediate(text, mediator, parties):
    G = gk.extract(text)
    assert {t[1] for t in triples(G) if t[0] == mediator and t[2] == "mediate"} == parties


@pytest.mark.parametrize(
    "text",
    [
        "At a summit hosted by Putin, Pashinyan said Armenia wanted peace.",
        "Pashinyan convened his security council after the attack.",
        "The statement negotiated by Armenia and Azerbaijan was signed.",
    ],
)
def test_one_guest_a_council_convened_and_the_parties_own_statement_read_no_mediation(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "mediate"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenian forces seized Shusha with Russia's backing.", ("rus", "arm", "support")),
        ("Azerbaijan seized Shusha with Turkish backing.", ("tur", "aze", "support")),
        ("Azerbaijan won the war with Turkey's support.", ("tur", "aze", "support")),
        (
            "Azerbaijan launched the offensive with Turkey's full support.",
            ("tur", "aze", "support"),
        ),
        (
            "Azerbaijan retook the districts in 2020, with Turkey openly backing Baku.",
            ("tur", "aze", "support"),
        ),
        ("France is one of Armenia's strongest backers in the West.", ("fra", "arm", "support")),
        ("Ankara said it stood fully behind Baku.", ("tur", "aze", "support")),
    ],
)
def test_backing_named_in_an_adjunct_a_noun_or_standing_behind_is_support(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, unexpected",
    [
        ("Azerbaijan won the war with Turkey's support.", ("aze", "tur", "war")),
        (
            "Armenia signed a deal with Iran's support for the pipeline.",
            ("arm", "irn", "sign_agreement"),
        ),
        ("Armenia signed a deal with Iran's support for the pipeline.", ("irn", "arm", "mediate")),
        (
            "Azerbaijan retook the districts in 2020, with Turkey openly backing Baku.",
            ("aze", "tur", "occupy"),
        ),
    ],
)
def test_a_backer_after_with_is_no_partner_object_or_go_between(text, unexpected):
    assert unexpected not in triples(gk.extract(text, allow_empty=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Hadrut district of Nagorno-Karabakh had been taken by Azerbaijani forces in "
            "October 2020.",
            ("aze", "nagorno_karabakh", "occupy"),
        ),
        (
            "Shusha, taken by Azerbaijani forces in 2020, hosted the signing.",
            ("aze", "shusha", "occupy"),
        ),
        ("Armenian soldiers taken by Azerbaijani forces were freed.", ("aze", "arm", "coerce")),
        (
            "Azerbaijan, with the open backing of Turkey, launched an offensive against Artsakh.",
            ("tur", "aze", "support"),
        ),
    ],
)
def test_taken_by_and_the_backing_of_a_named_state(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Measures taken by Armenia against Azerbaijan were criticised.",
        "A stance taken by Russia on Armenia angered officials.",
        "The bill passed by 64 votes to 7 with the backing of Prime Minister Nikol Pashinyan's "
        "Civil Contract party alone.",
    ],
)
def test_steps_taken_and_a_party_backing_a_bill_read_no_seizure_or_mediation(text):
    assert not [
        t for t in triples(gk.extract(text, allow_empty=True)) if t[2] in ("occupy", "mediate")
    ]


def test_a_partner_after_with_is_kept_when_no_backing_follows():
    G = gk.extract(
        "Turkish officials said they coordinate every step with Azerbaijan, whose army, helped "
        "by Turkish drones, retook most of the districts around Nagorno-Karabakh."
    )
    assert ("tur", "aze", "cooperate") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The protocols were signed by the foreign ministers of Turkey and Armenia in Zurich.",
            ("tur", "arm", "sign_agreement"),
        ),
        ("Blinken raised the issue of detainees with Aliyev.", ("blinken", "aliyev", "consult")),
        ("Moscow was preoccupied with its war in Ukraine.", ("rus", "ukr", "war")),
        ("Russia's war in Ukraine distracted Moscow.", ("rus", "ukr", "war")),
        (
            "Thousands of opposition supporters demanded that Pashinyan resign.",
            ("arm_opposition", "pashinyan", "demand"),
        ),
        (
            "Dozens of Azerbaijani activists blocked the Lachin corridor.",
            ("aze_eco_activists", "lachin_corridor", "blockade"),
        ),
        (
            "The opposition wants Prime Minister Nikol Pashinyan to resign by December 8.",
            ("arm_opposition", "pashinyan", "demand"),
        ),
        (
            "The opposition is seeking the resignation of Pashinyan.",
            ("arm_opposition", "pashinyan", "demand"),
        ),
        (
            "The Armenian government accused the opposition of plotting a coup.",
            ("arm", "arm_opposition", "accuse"),
        ),
    ],
)
def test_wave_22_signings_raised_issues_owned_wars_crowds_and_resignations(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The war in Ukraine distracted Moscow.",
        "Pashinyan wants to resign.",
        "Azerbaijan's Foreign Ministry spokesman Aykhan Hajizada rejected what he called "
        "unfounded accusations.",
    ],
)
def test_a_war_owned_by_no_one_an_own_wish_and_a_spokesman_read_no_war_demand_or_charge(text):
    assert not [
        t
        for t in triples(gk.extract(text, allow_empty=True))
        if t[2] in ("war", "demand", "accuse")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Handshakes at the board as Armenia and Azerbaijan meet at Chess Olympiad",
        "Turkish fans in Yerevan as Armenia and Turkey meet on the pitch amid thaw",
        "Armenia beats Azerbaijan in race to host 2026 UN biodiversity summit",
    ],
)
def test_matches_and_world_events_are_no_meetings_or_mediation(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("meet", "mediate")]


def test_meetings_at_a_climate_summit_and_before_a_final_session_stay():
    for text in (
        "Pashinyan and Aliyev met on the sidelines of the COP29 climate summit in Baku.",
        "Aliyev met Pashinyan before the final session of the summit.",
    ):
        assert {t[2] for t in triples(gk.extract(text))} == {"meet"}


def test_the_place_an_assault_hit_is_not_the_subject_of_its_relative_clause():
    G = gk.extract(
        "The Prague meeting came three weeks after Azerbaijan's assault on Armenian border "
        "areas, which killed nearly 300 soldiers on both sides."
    )
    assert ("arm", "aze", "attack") not in triples(G)
    assert ("aze", "arm", "attack") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "When Azerbaijani forces attacked Armenian territory in September 2022, Yerevan "
            "asked the CSTO for help.",
            ("aze", "arm", "attack"),
        ),
        ("Azerbaijan attacked Armenian territory in the south.", ("aze", "arm", "attack")),
        (
            "Iran said the treatment of Iranian drivers by Azerbaijan was unacceptable.",
            ("irn", "aze", "criticize"),
        ),
        (
            "Russia said the shelling of Stepanakert by Azerbaijan was unacceptable.",
            ("rus", "aze", "criticize"),
        ),
        ("Kocharyan called Pashinyan a traitor.", ("kocharyan", "pashinyan", "accuse")),
        (
            "The opposition branded Pashinyan a Kremlin puppet.",
            ("arm_opposition", "pashinyan", "accuse"),
        ),
    ],
)
def test_a_states_land_in_a_year_agents_judged_and_leaders_called_traitors(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan said he was called a traitor by the opposition.",
        "Aliyev called on Armenia to punish the traitors.",
    ],
)
def test_a_passive_naming_and_a_call_on_someone_are_no_charge_of_treason(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "accuse"]


def test_villages_of_a_people_in_a_named_place_are_that_place():
    assert triples(gk.extract("Azerbaijan attacked Armenian villages in Karabakh.")) == [
        ("aze", "separatists", "attack")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Police in Yerevan detained dozens of opposition supporters.",
            ("arm", "arm_opposition", "coerce"),
        ),
        (
            "Fighting between Armenia and Azerbaijan resumed in 2016, each government blaming the "
            "other for starting it.",
            ("aze", "arm", "accuse"),
        ),
    ],
)
def test_police_in_a_capital_and_each_government_blaming_the_other(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, kinds",
    [
        (
            "The declaration committed both states to renounce the use of force and territorial "
            "claims against each other.",
            {"attack", "claim"},
        ),
        (
            "Police in Yerevan detained about 170 people on Monday as supporters of Archbishop "
            "Bagrat Galstanyan blocked streets.",
            {"coerce"},
        ),
    ],
)
def test_force_renounced_and_an_as_clause_after_the_object_read_no_act(text, kinds):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] in kinds]


def test_an_opposition_facing_its_leader_and_a_foreign_force_is_the_leaders_states():
    G = gk.extract(
        "Opposition leaders called a march for Thursday and demanded Pashinyan's resignation, "
        "while several speakers also blamed the Russian peacekeepers for standing aside."
    )
    assert {t[0] for t in triples(G)} == {"arm_opposition"}


def test_forces_that_lay_down_their_arms_concede_to_the_attacker():
    G = gk.extract(
        "Nagorno-Karabakh's forces agreed to lay down their arms under a ceasefire that ended a "
        "day-long Azerbaijani offensive."
    )
    assert ("separatists", "aze", "concede") in triples(G)
    G = gk.extract("The separatists refused to lay down their arms.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "concede"]


def test_a_command_of_a_force_named_after_by_is_the_mediator():
    G = gk.extract(
        "Azerbaijani forces fought the separatists for a day. The ceasefire, mediated by the "
        "command of the Russian peacekeeping contingent, took effect at noon."
    )
    assert ("rus_peacekeepers", "separatists", "mediate") in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan detained Iranian lorry drivers on the Goris-Kapan road.",
            ("aze", "irn", "coerce"),
        ),
        (
            "Armenian investigators on Wednesday arrested Archbishop Bagrat Galstanyan.",
            ("arm", "galstanyan", "coerce"),
        ),
    ],
)
def test_uncounted_nationals_taken_and_investigators_who_arrest(text, expected):
    G = gk.extract(text)
    assert expected in triples(G)
    assert ("aze", "arm", "coerce") not in triples(G)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia stayed away from the 2016 Olympiad in Baku.", ("arm", "aze", "reduce_relations")),
        (
            "Azerbaijan withdrew its team from the European Weightlifting Championships in "
            "Yerevan.",
            ("aze", "arm", "reduce_relations"),
        ),
        (
            "Azerbaijan's parliament decided to suspend all of its contacts with the assembly of "
            "PACE.",
            ("aze", "pace", "reduce_relations"),
        ),
    ],
)
def test_boycotts_of_events_hosted_by_the_other_and_contacts_suspended(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia did not boycott the games in Baku.",
        "Azerbaijan withdrew its team from the championships in Baku.",
    ],
)
def test_an_event_not_boycotted_or_at_home_cuts_no_ties(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "reduce_relations"]


# round 45: near misses a review found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Turkish President Abdullah Gul and Armenian President Serzh Sargsyan met at the "
            "stadium before the World Cup qualifier.",
            ("gul", "serzh_sargsyan", "meet"),
        ),
        (
            "Armenia seeks to quit the Russian-led alliance, Pashinyan said.",
            ("arm", "csto", "reduce_relations"),
        ),
        ("The EU raised its concern over the blockade with Baku.", ("eu", "aze", "disapprove")),
        ("Armenia says Azerbaijan stands behind the attack.", ("aze", "arm", "attack")),
        ("Armenia was taken by surprise by Azerbaijan's attack.", ("aze", "arm", "attack")),
        (
            "Azerbaijan's attack on Armenia, which retaliated by shelling Azerbaijani positions, "
            "killed 50 soldiers.",
            ("arm", "aze", "attack"),
        ),
        (
            "The UN Security Council convened at France's request to discuss Nagorno-Karabakh.",
            ("fra", "un_security_council", "appeal"),
        ),
        (
            "Azerbaijan's capture of dozens of Armenian soldiers who were on patrol angered "
            "Yerevan.",
            ("arm", "aze", "disapprove"),
        ),
    ],
)
def test_round_45_review_keeps_leaders_at_a_match_exits_concerns_and_requests(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Armenia wants to quit the Eurasian Economic Union.", {"demand"}),
        ("Baku said Moscow stood behind the attacks on Azerbaijani positions.", {"support"}),
        (
            "The decision to recognise Karabakh as part of Azerbaijan was taken by Pashinyan in "
            "2022.",
            {"occupy"},
        ),
        (
            "The settlement negotiated by Washington would open transport links through "
            "Armenia's Syunik province.",
            {"mediate"},
        ),
        (
            "At a conference hosted by Azerbaijan, Armenian and Turkish diplomats exchanged "
            "accusations.",
            {"mediate"},
        ),
        (
            "At a meeting hosted by Pashinyan in Yerevan, Mirzoyan and the EU envoy discussed "
            "the monitoring mission.",
            {"mediate", "member_of"},
        ),
        ("Russia is no longer Armenia's main backer, Pashinyan said.", {"support"}),
        ("Pashinyan raised the issue of relations with Turkey at the summit.", {"consult"}),
    ],
)
def test_round_45_review_near_misses_read_none_of_the_new_relations(text, kinds):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] in kinds]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Azerbaijan declared two members of the staff of the French Embassy in Baku persona "
            "non grata.",
            ("aze", "fra", "reduce_relations"),
        ),
        (
            "Azerbaijan banned three French senators from entering the country.",
            ("aze", "fra", "sanction"),
        ),
        (
            "Canada has cancelled the export permits for drone optics destined for Turkey.",
            ("can", "tur", "sanction"),
        ),
    ],
)
def test_notices_of_expulsions_entry_bans_and_cancelled_export_permits(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_place_entered_is_not_the_one_banned():
    G = gk.extract("Azerbaijan banned journalists from entering Karabakh.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "sanction"]


# round 45: near misses a second review found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Opposition supporters blamed Turkey and Azerbaijan for the blockade and demanded "
            "that Pashinyan quit.",
            ("arm_opposition", "pashinyan", "demand"),
        ),
        (
            "Azerbaijan freed on Saturday as many as 15 Armenian prisoners.",
            ("aze", "arm", "concede"),
        ),
        (
            "Azerbaijan, which promised to renounce force, shelled Armenian villages in Tavush on "
            "Tuesday.",
            ("aze", "arm", "attack"),
        ),
        (
            "Armenian border guards barred an Azerbaijani delegation from entering Syunik.",
            ("arm_border_guards", "aze", "coerce"),
        ),
        (
            "Protesters clashed with police in Yerevan after the government agreed to hand four "
            "villages to Azerbaijan.",
            ("arm", "aze", "concede"),
        ),
        (
            "Azerbaijan declared that the French diplomats, who met Armenian officials, were "
            "persona non grata.",
            ("fra", "arm", "meet"),
        ),
        (
            "Azerbaijan said Armenia's refusal to sign the treaty drafted by the United States was "
            "unacceptable.",
            ("aze", "arm", "criticize"),
        ),
        (
            "Strasbourg court tells Armenia and Azerbaijan to spare civilians as fighting rages",
            ("echr", "aze", "demand"),
        ),
    ],
)
def test_round_45_second_review_keeps_leaders_states_objects_and_doers(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Azerbaijan banned Russian peacekeepers from entering the village.", {"sanction"}),
        (
            "The separatists were ordered to lay down their arms after Azerbaijan's offensive.",
            {"concede"},
        ),
        (
            "Russian Foreign Ministry spokeswoman Maria Zakharova told that Moscow calls the sides "
            "to refrain from escalation.",
            {"demand"},
        ),
        ("Pezeshkian told Gafarova that he hoped to visit Baku soon.", {"demand"}),
        (
            "Armenia said Azerbaijan's decision to reject the plan offered by France was "
            "unacceptable.",
            {"criticize_fra"},
        ),
    ],
)
def test_round_45_second_review_near_misses_read_none_of_these(text, kinds):
    G = gk.extract(text, allow_empty=True)
    found = {t[2] for t in triples(G)} | {f"{t[2]}_{t[1]}" for t in triples(G)}
    assert not found & kinds


def test_a_persons_country_after_whose_brokers_and_targeting_gear_is_no_attack():
    G = gk.extract(
        "Armenia and Azerbaijan fought a war in 2020. The fighting ended with a statement signed "
        "by Pashinyan, Aliyev and Russian President Vladimir Putin, whose country brokered the "
        "truce."
    )
    assert {t[1] for t in triples(G) if t[0] == "rus" and t[2] == "mediate"} == {"arm", "aze"}
    G = gk.extract(
        "Canada has cancelled the export permits for drone optics and targeting equipment "
        "destined for Turkey."
    )
    assert triples(G) == [("can", "tur", "sanction")]


def test_two_allies_named_last_are_no_sides_of_a_truce_brokered_by_a_third():
    G = gk.extract(
        "Turkey backed Azerbaijan throughout the war. The fighting ended on November 10 with a "
        "Russian-brokered deal."
    )
    assert not [t for t in triples(G) if t[2] in ("mediate", "ceasefire")]
    G = gk.extract(
        "Armenia and Azerbaijan fought in 2020. Humanitarian truces brokered by Russia collapsed."
    )
    assert {t[1] for t in triples(G) if t[0] == "rus" and t[2] == "mediate"} == {"arm", "aze"}


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan and Aliyev signed a joint declaration in the presence of US President Donald "
        "Trump.",
        "Pashinyan and Aliyev signed the declaration at the White House with President Donald "
        "Trump looking on.",
    ],
)
def test_a_signing_witnessed_by_a_third_is_its_mediation(text):
    G = gk.extract(text)
    assert {t[1] for t in triples(G) if t[0] == "trump" and t[2] == "mediate"} == {
        "aliyev",
        "pashinyan",
    }


def test_one_signer_before_a_witness_and_a_presence_with_no_signing_are_no_mediation():
    for text in (
        "Trump signed the waiver of Section 907 in the presence of President Ilham Aliyev.",
        "Aliyev spoke in the presence of Erdogan.",
    ):
        G = gk.extract(text, allow_empty=True)
        assert not [t for t in triples(G) if t[2] == "mediate"]


# round 46: wave 23 read


def test_villages_across_a_territory_are_its_own():
    G = gk.extract("Armenian forces shelled towns across Azerbaijan.")
    assert ("arm", "aze", "attack") in triples(G)


def test_a_states_aircraft_are_its_forces():
    G = gk.extract("Azerbaijani aircraft and artillery had struck Stepanakert.")
    assert [t for t in triples(G) if t[2] == "attack"][0][0] == "aze"


def test_a_state_reporting_its_fellow_forces_success_accuses_no_one():
    G = gk.extract(
        "Armenia's defence ministry said ethnic Armenian forces had shot down two Azerbaijani "
        "helicopters."
    )
    assert ("separatists", "aze", "attack") in triples(G)
    assert not [t for t in triples(G) if t[2].startswith("accuse")]
    G = gk.extract(
        "Armenia's defence ministry said Azerbaijani forces had shot down two Armenian helicopters."
    )
    assert ("arm", "aze", "accuse_aggression") in triples(G)


def test_a_settlement_a_body_tried_to_broker_is_no_deal():
    G = gk.extract(
        "France, Russia and the United States co-chair the OSCE Minsk Group, which has tried for "
        "nearly three decades to broker a settlement."
    )
    assert not [t for t in triples(G) if t[2] in ("sign_agreement", "ceasefire")]


def test_two_sides_blaming_each_other_in_an_absolute_clause():
    G = gk.extract(
        "Armenia declared martial law, with Yerevan and Baku blaming each other for starting it."
    )
    assert {("arm", "aze", "accuse"), ("aze", "arm", "accuse")} <= set(triples(G))


def test_an_office_in_apposition_to_a_named_former_holder_is_that_holder():
    G = gk.extract(
        "Armenia asked the Collective Security Treaty Organization to help it. Stanislav Zas, "
        "the CSTO's secretary-general, said the bloc favoured a political solution and urged "
        "Baku and Yerevan to settle the dispute through talks.",
        date="2024-05-13",
    )
    assert {("zas", "arm", "appeal"), ("zas", "aze", "appeal")} <= set(triples(G))
    assert "tasmagambetov" not in G


def test_his_security_council_is_no_un_security_council():
    G = gk.extract(
        "Pashinyan told his security council that Azerbaijani troops remained on Armenian soil. "
        "The bloc urged calm.",
        allow_empty=True,
    )
    assert "un_security_council" not in G


def test_a_wires_version_notes_are_no_text():
    G = gk.extract(
        "CORRECTED-Iran warns Baku and Yerevan\n"
        "(Corrects paragraph 4 to show Araghchi will travel to Baku first, not Yerevan)\n"
        "Araghchi will travel to Baku on Monday."
    )
    assert ("araghchi", "arm", "consult") not in triples(G)
    assert ("araghchi", "aze", "consult") in triples(G)


def test_a_journey_to_a_capital_is_a_visit_to_its_government():
    G = gk.extract("Lavrov flew to Baku on Monday.")
    assert ("lavrov", "aze", "consult") in triples(G)
    for text in (
        "Turkish Airlines to fly to Yerevan for the first time.",
        "Three former leaders have been detained by Azerbaijan's State Security Service and "
        "flown to Baku.",
    ):
        G = gk.extract(text, allow_empty=True)
        assert not [t for t in triples(G) if t[2] == "consult"]


def test_a_journey_before_a_plan_is_kept_but_not_before_talks():
    G = gk.extract(
        "Araghchi will travel to Baku to present a plan for ending the conflict.",
        allow_empty=True,
    )
    assert ("araghchi", "aze", "consult") in triples(G)
    G = gk.extract("Aliyev flew to Moscow for talks with Putin.")
    assert ("aliyev", "rus", "consult") not in triples(G)


def test_giving_backing_is_support_and_giving_none_is_not():
    G = gk.extract("Turkey gave Baku its full backing.")
    assert ("tur", "aze", "support") in triples(G)
    G = gk.extract("Russia gave no support to Armenia.", allow_empty=True)
    assert ("rus", "arm", "support") not in triples(G)
    G = gk.extract("Russia voiced no support for Armenia.", allow_empty=True)
    assert ("rus", "arm", "support") not in triples(G)


def test_a_report_of_banned_munitions_used_is_an_accusation():
    G = gk.extract("Human Rights Watch said Azerbaijan used cluster munitions in Stepanakert.")
    assert ("hrw", "aze", "accuse_aggression") in triples(G)


def test_an_exercise_held_with_another_states_forces_is_cooperation():
    G = gk.extract("Armenian troops held a ten-day exercise with US forces near Yerevan.")
    assert ("arm", "usa", "material_cooperation") in triples(G)
    assert not [t for t in triples(G) if t[2] == "control"]


def test_skipping_a_bodys_summit_reduces_relations_with_it():
    G = gk.extract("Pashinyan skipped the CSTO summit in Minsk in November.")
    assert ("pashinyan", "csto", "reduce_relations") in triples(G)
    G = gk.extract("Aliyev skips Granada summit, accuses France of pro-Armenian bias")
    assert not [t for t in triples(G) if t[2] == "reduce_relations"]


def test_forces_denied_by_no_are_no_actor():
    # (a regression guard: round 46 made "Turkish aircraft" a mention of Turkey's forces)
    G = gk.extract(
        "Hajiyev said no Turkish aircraft were taking part in the fighting between Armenia and "
        "Azerbaijan."
    )
    assert not [t for t in triples(G) if "tur" in t[:2]]


def test_a_leaders_troops_are_his_states():
    G = gk.extract("Aliyev said his troops had taken the town of Jabrayil.")
    assert ("aze", "jabrayil", "occupy") in triples(G)


def test_a_deal_brokered_with_the_help_of_others_makes_them_no_parties():
    G = gk.extract(
        "Azerbaijan freed 15 Armenian detainees in a deal brokered with the help of Georgia and "
        "the United States."
    )
    assert not [t for t in triples(G) if t[0] == "arm" and t[2] == "mediate"]
    assert {t[0] for t in triples(G) if t[2] == "mediate"} == {"geo", "usa"}


def test_a_picture_released_by_a_ministry_frees_no_one():
    G = gk.extract(
        "Armenia and Azerbaijan fought on Sunday. In this photo released by the Armenian "
        "Defence Ministry, a damaged house is seen in the town of Jermuk."
    )
    assert not [t for t in triples(G) if t[2] == "concede"]
    G = gk.extract("Five Armenian soldiers released by Azerbaijan returned home.")
    assert ("aze", "arm", "concede") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "The separatists accused Baku of turning back ICRC trucks at the checkpoint.",
        "Michel phoned Aliyev and Pashinyan and urged both to pull their forces back.",
    ],
)
def test_back_as_a_particle_is_no_backing(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "support"]


def test_back_as_a_verb_is_backing():
    G = gk.extract("Moscow said it would back Yerevan in any talks.")
    assert ("rus", "arm", "support") in triples(G)


def test_the_object_of_a_second_verb_is_not_the_firsts():
    G = gk.extract("Pashinyan thanked the delegation and again accused Azerbaijan of aggression.")
    assert ("pashinyan", "aze", "support") not in triples(G)
    assert ("pashinyan", "aze", "accuse_aggression") in triples(G)


def test_the_owner_or_qualifier_of_a_named_person_is_not_the_object():
    G = gk.extract(
        "Azerbaijan launched an offensive in Nagorno-Karabakh. A day later Azerbaijan arrested "
        "the region's former state minister Ruben Vardanyan as he tried to leave for Armenia."
    )
    assert ("aze", "vardanyan", "coerce") in triples(G)
    assert ("aze", "nagorno_karabakh", "coerce") not in triples(G)
    G = gk.extract("Azerbaijan arrests Karabakh ex-minister Vardanyan as exodus tops 65,000")
    assert triples(G) == [("aze", "vardanyan", "coerce")]
    G = gk.extract("Iran summons Russian envoy over Lavrov's comments on Syunik route")
    assert ("irn", "rus", "disapprove") in triples(G)


def test_a_breakaway_leader_dissolving_its_institutions_concedes():
    G = gk.extract(
        "Azerbaijan's one-day offensive in September 2023 forced the separatist authorities to "
        "surrender. Their last leader, Samvel Shahramanyan, signed a decree dissolving the "
        "self-declared republic's institutions."
    )
    assert ("shahramanyan", "aze", "concede") in triples(G)


def test_weapons_shipped_to_the_separatists_are_bakus_charge_against_the_shipper():
    G = gk.extract("Baku says Armenia has used the road to ship weapons to the separatists.")
    assert ("aze", "arm", "accuse") in triples(G)
    assert ("arm", "separatists", "military_aid") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Russian peacekeepers have been in charge of the Lachin corridor since 2020.",
        "Some 2,000 Russian peacekeepers took charge of the Lachin corridor.",
    ],
)
def test_being_in_charge_of_a_road_is_control(text):
    G = gk.extract(text)
    assert [t[1:] for t in triples(G)] == [("lachin_corridor", "control")]


def test_brought_under_ones_control_and_a_flag_raised_in_a_town():
    G = gk.extract("Azerbaijan brought Karabakh fully under its control last September.")
    assert ("aze", "nagorno_karabakh", "control") in triples(G)
    G = gk.extract("Aliyev raised the national flag in Stepanakert.")
    assert ("aliyev", "nagorno_karabakh", "control") in triples(G)
    G = gk.extract("Protesters waved the Armenian flag in Yerevan.", allow_empty=True)
    assert not triples(G)


def test_monitors_deployed_on_a_states_side_are_aid_to_it():
    G = gk.extract(
        "An EU team of civilian monitors has been deployed on the Armenian side of the border."
    )
    assert triples(G) == [("eu", "arm", "aid")]


def test_brought_under_anothers_control_is_no_control_of_the_bringer():
    # (a guard for round 46's "brought X fully under its control")
    G = gk.extract(
        "The separatist authorities rejected his offer, calling it a bid to bring the region "
        "under Baku's control.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "control" and t[0] == "separatists"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters stormed the government headquarters in Yerevan overnight.",
            ("arm_protesters", "arm", "protest"),
        ),
        (
            "Armenian opposition parties have held rallies in Yerevan since November.",
            ("arm_opposition", "arm", "protest"),
        ),
    ],
)
def test_a_protest_at_home_with_no_target_is_against_the_government(text, expected):
    assert triples(gk.extract(text)) == [expected]


def test_a_reported_protest_is_no_charge():
    # (a guard for round 46's protests at home, which have no target of their own)
    G = gk.extract(
        "The separatists said protesters had held a rally in Stepanakert.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[0] == "separatists"]


def test_persons_named_among_a_states_people_held_are_held_too():
    G = gk.extract(
        "Azerbaijan detained 23 Armenians, including former leader Arayik Harutyunyan, in 2023."
    )
    assert {("aze", "arm", "coerce"), ("aze", "harutyunyan", "coerce")} <= set(triples(G))


def test_police_opening_a_sentence_are_those_of_the_capital_it_names():
    G = gk.extract("Police detained dozens of protesters in Yerevan.")
    assert triples(G) == [("arm", "arm_protesters", "coerce")]
    G = gk.extract(
        "Police in Tbilisi said two Armenians and an Azerbaijani were detained after a brawl in "
        "Baku.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] in ("arm", "aze") and t[2] == "coerce"]


def test_the_judges_are_the_court_named_before():
    G = gk.extract(
        "The International Court of Justice ordered Azerbaijan to ensure movement along the "
        "corridor. The judges rejected a parallel request by Azerbaijan."
    )
    assert ("icj", "aze", "reject") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "James O'Brien said Azerbaijan had blocked the corridor. Azerbaijan's Foreign Ministry "
        "called the remarks one-sided.",
        "James O'Brien said Azerbaijan had blocked the corridor. Baku said the remarks were "
        "one-sided.",
    ],
)
def test_remarks_judged_one_sided_criticise_their_speaker(text):
    assert ("aze", "obrien_james", "criticize") in triples(gk.extract(text))


def test_patients_transferred_and_civilians_sheltered_are_aid_to_the_lands_people():
    G = gk.extract(
        "The ICRC had transferred 29 patients from Nagorno-Karabakh to Armenia on Monday."
    )
    assert ("icrc", "nagorno_karabakh_population", "humanitarian_aid") in triples(G)
    G = gk.extract(
        "Russian peacekeepers had sheltered more than 5,000 civilians at their base in "
        "Nagorno-Karabakh."
    )
    assert [t[1:] for t in triples(G)] == [("nagorno_karabakh_population", "humanitarian_aid")]


# round 46: near misses a review found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan summoned the Russian ambassador following Lavrov's remarks.",
            ("aze", "rus", "disapprove"),
        ),
        (
            "Azerbaijan is ready to sign a peace deal with Armenia - Aliyev",
            ("aze", "arm", "intend_cooperation"),
        ),
        ("Baku praised Ankara when Erdogan visited Shusha.", ("aze", "tur", "support")),
    ],
)
def test_a_person_after_a_word_of_no_title_leaves_the_object(text, expected):
    assert expected in triples(gk.extract(text))


def test_monitors_who_watch_anothers_deployment_leave_it_a_show_of_force():
    G = gk.extract("EU observers saw Azerbaijan deploy tanks near the village of Sotk.")
    assert ("aze", "arm", "show_force") in triples(G)


def test_armenia_charging_the_karabakh_forces_with_harm_to_armenians_is_an_accusation():
    G = gk.extract(
        "Armenia said Karabakh officials had detained two Armenian citizens at the checkpoint."
    )
    assert ("arm", "separatists", "accuse") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Azerbaijanis held rallies in Baku in support of the army's offensive.",
        "Azerbaijani troops stormed the separatist government headquarters in Stepanakert.",
    ],
)
def test_a_rally_in_support_and_a_storming_by_troops_are_no_protest_at_home(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "protest"]


def test_disbanding_a_council_and_trying_to_bring_a_road_under_control_are_no_act():
    G = gk.extract(
        "Azerbaijan and Armenia fought a war in 2020. Armenia's prime minister disbanded the "
        "government's security council."
    )
    assert not [t for t in triples(G) if t[2] == "concede"]
    G = gk.extract(
        "Armenia accused Azerbaijan of trying to bring the Lachin corridor under its control."
    )
    assert not [t for t in triples(G) if t[2] == "control"]


def test_tanks_transported_to_a_border_are_no_arms_supply():
    G = gk.extract(
        "The Azerbaijani army transported tanks to the Armenian border, Yerevan said.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] == "military_aid"]


def test_monitoring_stations_are_no_deployment():
    G = gk.extract(
        "Hakobyan said Armenia was ready to expand the joint Armenian-Iranian monitoring "
        "stations set up in 2014.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[2] in ("show_force", "accuse")]


def test_a_land_apposed_as_a_part_of_a_state_is_its_part():
    G = gk.extract("Iran borders both countries as well as Nakhchivan, an exclave of Azerbaijan.")
    assert ("nakhchivan", "aze", "part_of") in triples(G)


def test_forces_agreeing_to_disarm_concede_to_their_foe_not_the_other_way():
    G = gk.extract("Karabakh Armenian forces agreed to disarm after Azerbaijan's offensive.")
    assert [t for t in triples(G) if t[2] == "concede"] == [("separatists", "aze", "concede")]


# round 46: near misses a second review found


@pytest.mark.parametrize(
    "text",
    ["Iran came out to back Armenia in the dispute.", "Turkey moved quickly to back Azerbaijan."],
)
def test_back_after_to_is_the_verb(text):
    assert [t[2] for t in triples(gk.extract(text))] == ["support"]


def test_partners_after_with_and_a_participle_are_no_absolute_clause():
    G = gk.extract(
        "Putin spoke by phone with Aliyev and Pashinyan calling for an end to the fighting."
    )
    assert {t[0] for t in triples(G) if t[2] == "appeal"} == {"putin"}


def test_a_former_holder_named_as_predecessor_leaves_the_office_to_its_holder():
    G = gk.extract(
        "The CSTO secretary-general met Pashinyan in Yerevan on Monday. His predecessor "
        "Stanislav Zas had visited Armenia in 2022.",
        date="2024-05-13",
    )
    assert ("zas", "pashinyan", "meet") not in triples(G)


def test_the_security_council_of_the_un_named_before_is_the_uns():
    G = gk.extract(
        "Armenia appealed to the United Nations and its Security Council to stop the blockade."
    )
    assert ("arm", "un_security_council", "appeal") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Russian military aircraft flew to Yerevan carrying equipment for the peacekeepers.",
        "Azerbaijan banned Armenian officials from travelling to Baku.",
        "Blinken cancelled plans to travel to Baku.",
        "Azerbaijan said Armenian saboteurs had travelled to Baku.",
    ],
)
def test_journeys_of_no_visitor_or_called_off_are_no_visits(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "consult"]


def test_a_journey_with_a_purpose_is_a_visit_and_a_past_one_stays_asserted():
    G = gk.extract("Galuzin travelled to Yerevan to discuss the peace treaty.")
    assert [t[1:] for t in triples(G)] == [("arm", "consult")]
    G = gk.extract("Pashinyan flew to Moscow to meet Putin.")
    assert edges(G) == [("pashinyan", "putin", "meet", "asserted")]


def test_a_skipped_summit_reported_by_another_is_no_charge():
    G = gk.extract("Pashinyan skipped the CSTO summit, Peskov said.")
    assert not [t for t in triples(G) if t[2].startswith("accuse")]


def test_a_version_note_opening_a_line_of_text_leaves_the_text():
    G = gk.extract(
        "(Adds Aliyev quote) Aliyev accused Armenia of sabotaging the talks (see paragraph 5)"
    )
    assert triples(G) == [("aliyev", "arm", "accuse")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has sought to broker a peace deal between Armenia and Azerbaijan.",
        "Russian efforts to broker a truce between Armenia and Azerbaijan collapsed.",
    ],
)
def test_a_deal_only_sought_is_no_deal(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[2] in ("sign_agreement", "ceasefire")]


# round 46: wave 23 read, last batch


def test_hosting_a_bodys_mission_is_cooperation_with_it():
    G = gk.extract(
        "Armenia agreed to host a civilian EU mission along its border with Azerbaijan for two "
        "months."
    )
    assert edges(G) == [("arm", "eu", "cooperate", "offered")]


def test_rights_granted_to_a_state_are_material_cooperation():
    G = gk.extract(
        "Armenia will grant the United States development rights to a transit route through Syunik."
    )
    assert ("arm", "usa", "material_cooperation") in triples(G)


# round 47: wave 24 read


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("President George W. Bush met Ilham Aliyev in Washington.", "bush"),
        ("Ambassador Anne E. Derse urged Baku to show restraint.", "derse"),
    ],
)
def test_a_middle_initial_stays_inside_the_name(text, person):
    G = gk.extract(text)
    assert person in G
    assert all(not n.startswith(("george", "anne")) for n in G)


def test_an_alliance_that_groups_states_lists_its_members_not_an_alliance_among_them():
    G = gk.extract(
        "Leaders of the CSTO meet in Yerevan. The alliance groups Russia, Armenia and Belarus."
    )
    assert triples(G) == [
        ("arm", "csto", "member_of"),
        ("blr", "csto", "member_of"),
        ("rus", "csto", "member_of"),
    ]


def test_a_word_of_alliance_before_its_members_is_no_alliance_among_them():
    G = gk.extract(
        "The six-member alliance groups Russia, Armenia, Belarus and Kazakhstan.", allow_empty=True
    )
    assert not [t for t in triples(G) if t[2] == "cooperate"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Defense in Baku said Armenian units shelled its positions.",
        "The defence ministry in Baku said Armenian units shelled its positions.",
    ],
)
def test_a_ministry_in_a_capital_is_that_states(text):
    G = gk.extract(text)
    assert ("aze", "arm", "accuse_aggression", "alleged") in edges(G)
    assert ("arm", "aze", "attack", "alleged") in edges(G)


def test_a_ministry_in_a_capital_accuses():
    G = gk.extract("The foreign ministry in Yerevan accused Baku of shelling Jermuk.")
    assert ("arm", "aze", "accuse_aggression", "alleged") in edges(G)


@pytest.mark.parametrize(
    "text",
    [
        "The Budapest killing of an Armenian officer shocked Yerevan.",
        "The 2004 Budapest killing inflamed feelings on both sides.",
    ],
)
def test_a_city_before_a_killing_is_where_it_happened(text):
    G = gk.extract(text, allow_empty=True)
    assert not [t for t in triples(G) if t[0] == "hun"]


CABLE = (
    "SUBJECT: AZERBAIJAN: CLASH ON THE LINE OF CONTACT\n"
    "Classified By: Ambassador Anne E. Derse, reasons 1.4 (b) and (d)\n"
    "REF: A) YEREVAN 0198\n"
    "1. (C) Summary: Deputy FM Azimov told the Charge that Baku rejected any suggestion that "
    "it had attacked Armenian positions. End Summary.\n"
    "2. (C) The Ambassador urged Baku to agree to an investigation.\n"
    "3. (C) Post comment: We expect little to change. End comment.\n"
)


def test_an_embassy_cable_speaks_for_its_state():
    G = gk.extract(CABLE)
    assert ("usa", "aze", "appeal") in triples(G)
    # (the classifying officer is no actor; the Charge told is no one's accuser)
    assert "derse" not in G and "anne" not in G
    assert not [t for t in triples(G) if t[1] == "usa"]


def test_an_ambassador_outside_a_cable_is_not_the_united_states():
    G = gk.extract("The Ambassador urged Azimov to agree to an investigation.", allow_empty=True)
    assert "usa" not in G


def test_a_demonym_before_groups_is_no_state_acting():
    G = gk.extract(
        "The waiver opened the way for US security assistance to Baku, a step Armenian-American "
        "groups criticised at the time.",
        allow_empty=True,
    )
    assert not [t for t in triples(G) if t[0] == "usa"]


def test_a_denial_with_no_accuser_named_answers_the_other_side_of_the_text():
    G = gk.extract(
        "Armenian and Azerbaijani forces clashed on the border. "
        "Yerevan denied sending any arms along the road."
    )
    assert ("arm", "aze", "deny", "asserted") in edges(G)


def test_a_denial_with_no_sides_in_the_text_answers_no_one():
    G = gk.extract("Azerbaijan denies blocking the road.", allow_empty=True)
    assert not [t for t in triples(G) if t[2] == "deny"]


def test_an_unnamed_ambassador_named_again_is_his_state():
    G = gk.extract(
        "Azerbaijan's ambassador to France demanded a right of reply from a Paris daily. "
        "The article had quoted President Emmanuel Macron. "
        "He went on to accuse Armenia of a missile strike on Ganja.".replace(
            "He went", "The ambassador wrote that the claim was false. He went"
        )
    )
    assert ("aze", "arm", "accuse_aggression", "alleged") in edges(G)
    assert not [t for t in triples(G) if t[0] == "macron"]


def test_an_embassy_named_again_is_its_states():
    G = gk.extract(
        "Azerbaijan's embassy in Austria has written to a Vienna daily. "
        "The embassy accused Armenia of shelling Tovuz."
    )
    assert ("aze", "arm", "accuse_aggression", "alleged") in edges(G)


# round 47: near misses a review found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ganja shelling by Armenian forces killed ten people, Baku said.",
            ("arm", "aze", "attack", "alleged"),
        ),
        ("Azerbaijan accused Armenia of the Ganja shelling.", ("arm", "aze", "attack", "alleged")),
        (
            "The Baku attack on Stepanakert killed civilians, the Karabakh ombudsman said.",
            ("aze", "nagorno_karabakh_population", "attack", "alleged"),
        ),
    ],
)
def test_a_place_before_an_act_whose_doer_is_named_keeps_the_act(text, expected):
    assert expected in edges(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "protesters"),
    [
        (
            "Protesters gathered outside the defence ministry in Yerevan, demanding Pashinyan's "
            "resignation.",
            "arm_protesters",
        ),
        (
            "Protesters rallied outside the foreign ministry in Baku, demanding that France stop "
            "arming Armenia.",
            "aze_protesters",
        ),
    ],
)
def test_a_ministry_in_a_capital_as_a_place_is_no_actor(text, protesters):
    G = gk.extract(text)
    assert {t[0] for t in triples(G)} == {protesters}


def test_an_alliance_that_includes_a_clause_stays_an_alliance():
    G = gk.extract("Azerbaijan and Turkey's alliance includes a mutual defence clause.")
    assert ("aze", "tur", "cooperate") in triples(G)


@pytest.mark.parametrize(
    ("line", "state"),
    [
        ("The Iranian Embassy criticized Baku's ties with Israel.", "irn"),
        ("The Russian Embassy accused Armenia of ingratitude.", "rus"),
    ],
)
def test_another_states_embassy_in_a_cable_is_that_states(line, state):
    cable = CABLE.replace("The Ambassador urged Baku to agree to an investigation.", line)
    G = gk.extract(cable)
    assert state in {t[0] for t in triples(G)}
    assert not [t for t in triples(G) if t[0] == "usa"]


def test_a_middle_initial_leaves_a_known_person_known():
    G = gk.extract(
        "U.S. Secretary of State John F. Kerry called Armenian Prime Minister Nikol Pashinyan."
    )
    assert ("kerry", "pashinyan", "consult") in triples(G)


# round 47: wave 24 read, last batch


@pytest.mark.parametrize(
    "text",
    [
        "Armenia instituted proceedings against Azerbaijan at the International Court of Justice.",
        "Armenia brought proceedings against Azerbaijan at the ICJ.",
    ],
)
def test_proceedings_instituted_against_a_state_are_a_charge(text):
    assert ("arm", "aze", "accuse") in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan launched criminal proceedings against Ruben Vardanyan.",
            ("aze", "vardanyan", "coerce"),
        ),
        (
            "A court in Baku began the trial of Ruben Vardanyan on Wednesday.",
            ("aze", "vardanyan", "coerce"),
        ),
    ],
)
def test_criminal_proceedings_and_trials_stay_coercion(text, expected):
    assert triples(gk.extract(text)) == [expected]


@pytest.mark.parametrize(
    "second",
    [
        "Pashinyan denied he planned to resign.",
        "Azerbaijan's foreign ministry denied that it had closed the border with Iran.",
        "Yerevan denied it was planning to leave the CSTO.",
    ],
)
def test_a_denial_of_no_charge_of_the_other_side_answers_no_one_of_it(second):
    G = gk.extract("Armenian and Azerbaijani forces clashed on the border. " + second)
    assert not [t for t in triples(G) if t[2] == "deny" and t[1] in ("arm", "aze")]


def test_a_charge_that_names_an_act_is_the_chargers_accusation():
    G = gk.extract("Azerbaijan's charges that Armenia shelled Tovuz were rejected by Yerevan.")
    assert ("aze", "arm", "accuse_aggression", "alleged") in edges(G)
    assert ("arm", "aze", "attack", "alleged") in edges(G)


def test_a_charge_that_names_no_act_read_is_still_a_charge():
    G = gk.extract(
        "Yerevan has always denied Baku's charge that units of the Armenian army are fighting "
        "inside Azerbaijan."
    )
    assert ("aze", "arm", "accuse", "alleged") in edges(G)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Secretary of State Hillary Clinton urged Baku to refrain from violence.",
            "clinton",
            "usa",
        ),
        ("Foreign Secretary David Cameron visited Baku.", "cameron", "gbr"),
    ],
)
def test_an_office_only_one_state_has_gives_its_holder_that_state(text, person, state):
    G = gk.extract(text)
    assert G.nodes[person]["parent"] == state
    assert [t[0] for t in triples(G)] == [person]


def test_a_name_apposed_to_a_national_is_a_person_of_that_state():
    G = gk.extract("Azerbaijan arrested Vagif Khachatryan, an Armenian citizen, at the checkpoint.")
    assert triples(G) == [("aze", "khachatryan", "coerce")]
    assert G.nodes["khachatryan"]["parent"] == "arm"


# round 48: wave 25 read
WAR_2020 = "Armenia and Azerbaijan fought a war in 2020. "


def test_one_who_receives_the_two_sides_together_mediates_between_them():
    G = gk.extract(WAR_2020 + "Lavrov received Mnatsakanyan and Bayramov in Moscow.")
    assert ("lavrov", "mnatsakanyan", "mediate") in triples(G)
    assert ("lavrov", "bayramov", "mediate") in triples(G)
    assert ("mnatsakanyan", "bayramov", "meet") in triples(G)


def test_one_who_receives_the_two_sides_apart_only_receives_them():
    G = gk.extract(WAR_2020 + "Lavrov received Mnatsakanyan and Bayramov separately in Moscow.")
    assert [t for t in triples(G) if t[0] == "lavrov"] == [
        ("lavrov", "bayramov", "consult"),
        ("lavrov", "mnatsakanyan", "consult"),
    ]


def test_receiving_two_states_the_text_does_not_oppose_mediates_nothing():
    G = gk.extract("Pashinyan received the ambassadors of France and Germany.")
    assert sorted(t[2] for t in triples(G)) == ["consult", "consult"]


def test_one_who_meets_the_two_sides_together_mediates_and_the_two_meet():
    G = gk.extract(WAR_2020 + "The co-chairs met the two foreign ministers in Geneva.")
    assert ("minsk_group", "arm", "mediate") in triples(G)
    assert ("minsk_group", "aze", "mediate") in triples(G)
    assert ("arm", "aze", "meet") in triples(G)


def test_separate_talks_with_the_two_sides_are_no_mediation():
    G = gk.extract(WAR_2020 + "Blinken held separate talks with Mirzoyan and Bayramov.")
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_a_host_of_the_two_sides_counterparts_named_after_their_states_mediates():
    G = gk.extract(
        "Medvedev hosted his Armenian and Azerbaijani counterparts, Serzh Sargsyan and Ilham "
        "Aliyev, in Astrakhan."
    )
    assert triples(G) == [
        ("medvedev", "aliyev", "mediate"),
        ("medvedev", "serzh_sargsyan", "mediate"),
        ("serzh_sargsyan", "aliyev", "meet"),
    ]


def test_the_two_sides_a_host_brings_together_meet():
    G = gk.extract("Macron hosted Aliyev and Pashinyan in Paris.")
    assert triples(G) == [
        ("aliyev", "pashinyan", "meet"),
        ("macron", "aliyev", "mediate"),
        ("macron", "pashinyan", "mediate"),
    ]


def test_the_hosted_sides_act_of_their_own_stands_for_their_meeting():
    G = gk.extract(
        "Michel hosted Bayramov and Mirzoyan in Brussels, and the ministers signed a protocol."
    )
    assert ("bayramov", "mirzoyan", "sign_agreement") in triples(G)
    assert not [t for t in triples(G) if t[2] == "meet"]


@pytest.mark.parametrize(
    "opening",
    [
        "Meanwhile, at a meeting hosted by Michel",
        "In Prague on 6 October, at a meeting hosted by Michel",
    ],
)
def test_a_fronted_hosted_meeting_after_an_opening_phrase_names_the_mediator(opening):
    G = gk.extract(opening + ", Pashinyan and Aliyev agreed to start work on a peace treaty.")
    assert ("michel", "aliyev", "mediate") in triples(G)
    assert ("michel", "pashinyan", "mediate") in triples(G)


def test_an_opening_phrase_that_names_an_actor_is_no_fronted_occasion():
    G = gk.extract(
        "Aliyev, at a meeting hosted by Michel, Pashinyan and Erdogan, signed a declaration."
    )
    assert not [t for t in triples(G) if t[0] == "michel"]


def test_bringing_two_leaders_together_is_mediation_not_membership():
    G = gk.extract(
        "In May the Minsk Group co-chairs brought President Serzh Sargsyan of Armenia and "
        "President Ilham Aliyev together in Vienna."
    )
    assert ("minsk_group", "serzh_sargsyan", "mediate") in triples(G)
    assert ("minsk_group", "aliyev", "mediate") in triples(G)
    assert not [t for t in triples(G) if t[2] == "member_of"]


def test_a_body_that_brings_together_its_members_still_has_them():
    G = gk.extract("The CSTO brings together Russia, Armenia and Belarus.")
    assert triples(G) == [
        ("arm", "csto", "member_of"),
        ("blr", "csto", "member_of"),
        ("rus", "csto", "member_of"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Serzh Sargsyan of Armenia and President Ilham Aliyev of Azerbaijan met in Kazan.",
        "Serzh Sargsyan of Armenia and Ilham Aliyev met in Kazan.",
    ],
)
def test_persons_named_with_their_states_are_one_list(text):
    G = gk.extract(text)
    assert triples(G) == [("serzh_sargsyan", "aliyev", "meet")]


def test_those_a_verb_lets_act_are_its_doers_not_the_one_who_lets():
    G = gk.extract(
        WAR_2020 + "A month later Sergei Lavrov received Zohrab Mnatsakanyan and Elmar "
        "Mammadyarov in Moscow, where the two agreed to let relatives visit people detained by "
        "each side."
    )
    assert not [t for t in triples(G) if t[1] == "lavrov"]


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan and Aliyev agreed to strengthen the ceasefire.",
        "Pashinyan and Aliyev pledged to respect the ceasefire.",
        "Pashinyan and Aliyev committed themselves to strengthening the ceasefire.",
    ],
)
def test_a_pledge_to_keep_a_standing_ceasefire_is_cooperation_not_a_new_truce(text):
    assert triples(gk.extract(text)) == [("pashinyan", "aliyev", "cooperate")]


def test_an_agreed_ceasefire_is_still_a_ceasefire():
    assert triples(gk.extract("Armenia and Azerbaijan agreed to a ceasefire.")) == [
        ("arm", "aze", "ceasefire")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The co-chairs of the OSCE Minsk Group – Russia, France and the United States – met.",
        "The co-chairs of the OSCE Minsk Group, Russia, France and the United States, met.",
        "The co-chairs — France, Russia, the United States — called for calm.",
    ],
)
def test_co_chairs_listed_between_dashes_or_commas_are_members(text):
    members = {t[0] for t in triples(gk.extract(text)) if t[2] == "member_of"}
    assert members == {"fra", "rus", "usa"}


def test_a_dash_that_opens_more_than_a_list_names_no_members():
    G = gk.extract(
        "The co-chairs of the OSCE Minsk Group – who met Russia and France in Paris – called "
        "for calm."
    )
    assert not [t for t in triples(G) if t[2] == "member_of" and t[0] in ("rus", "fra")]


def test_a_place_taken_may_be_named_with_its_noun():
    G = gk.extract("Azerbaijani forces took the city of Shusha on 8 November.")
    assert triples(G) == [("aze", "shusha", "occupy")]


def test_lands_handed_back_are_the_receivers():
    G = gk.extract(
        "By the end of the month Armenia had handed Aghdam and Kalbajar back to Azerbaijan."
    )
    assert ("aze", "aghdam", "control") in triples(G)
    assert ("aze", "kalbajar", "control") in triples(G)
    assert ("arm", "aze", "concede") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia is to hand Aghdam and Kalbajar back to Azerbaijan.",
        "Azerbaijan handed the bodies back to Armenia.",
    ],
)
def test_no_land_handed_back_yet_is_no_ones_control(text):
    assert not [t for t in triples(gk.extract(text)) if t[2] == "control"]


def test_a_deal_signed_under_a_states_auspices_is_its_mediation():
    G = gk.extract(
        "Armenia and Azerbaijan signed a peace communique in Tehran under Iranian auspices."
    )
    assert ("irn", "arm", "mediate") in triples(G)
    assert ("irn", "aze", "mediate") in triples(G)


# round 48: near misses a review found
@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Mirzoyan and Bayramov on Monday and Tuesday respectively.",
        "Lavrov received Mirzoyan and Bayramov in Moscow on different days.",
        "Lavrov received Mirzoyan and Bayramov, one after the other.",
    ],
)
def test_the_two_sides_met_one_after_the_other_have_no_mediator(text):
    G = gk.extract(WAR_2020 + text)
    assert not [
        t for t in triples(G) if t[2] == "mediate" or {t[0], t[1]} == {"mirzoyan", "bayramov"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Putin hosted Aliyev and Pashinyan separately in Sochi.",
        "Putin hosted Aliyev and Pashinyan in Sochi, but the two leaders did not meet face to face.",
        "Michel hosted Aliyev and Pashinyan in Brussels without a direct meeting between them.",
    ],
)
def test_a_hosts_guests_kept_apart_do_not_meet(text):
    G = gk.extract(WAR_2020 + text)
    assert not [t for t in triples(G) if {t[0], t[1]} == {"aliyev", "pashinyan"}]


def test_guests_who_meet_are_the_sides_the_text_sets_against_each_other_most():
    G = gk.extract(
        "Armenia and Azerbaijan fought a war in 2020, and Azerbaijan accused Armenia of shelling "
        "in 2021. Russia and Turkey clashed over Syria once. Aliyev received Lavrov and "
        "Cavusoglu in Baku."
    )
    assert not [t for t in triples(G) if t[2] == "mediate"]


def test_a_body_that_brings_its_members_together_has_them():
    G = gk.extract("The Eurasian Economic Union brings Russia, Armenia and Kazakhstan together.")
    assert {t[2] for t in triples(G)} == {"member_of"}


def test_three_guests_of_two_states_just_meet():
    G = gk.extract("Putin hosted Pashinyan, Mirzoyan and Aliyev in the Kremlin.")
    assert {t[2] for t in triples(G)} == {"meet"}
    assert ("pashinyan", "aliyev", "meet") in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia helped separatists attack Azerbaijani positions, Baku said.",
            ("separatists", "aze", "attack"),
        ),
        (
            "Azerbaijan allowed convoys to deliver food to Stepanakert.",
            ("aze", "nagorno_karabakh", "allow_humanitarian_access"),
        ),
    ],
)
def test_only_civilians_let_act_do_their_own_act(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to observe a humanitarian ceasefire from midnight on Saturday.",
        "Armenia and Azerbaijan agreed to respect a new ceasefire brokered by the United States.",
    ],
)
def test_a_pledge_to_observe_a_new_ceasefire_is_a_ceasefire(text):
    assert ("arm", "aze", "ceasefire") in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia never handed Kalbajar back to Azerbaijan, Baku said.",
        "If Armenia had handed Kalbajar back to Azerbaijan, there would have been no war.",
        "Armenia should have handed Kalbajar back to Azerbaijan years ago, Aliyev said.",
    ],
)
def test_a_handover_not_stated_as_done_gives_no_control(text):
    assert not [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] == "control"]


def test_a_person_of_a_state_before_a_possessive_is_no_list():
    G = gk.extract("Putin informed Aliyev of Armenia and Pashinyan's agreement.")
    assert triples(G) == [("putin", "aliyev", "consult")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yerevan invoked the CSTO's collective defence clause.", ("arm", "csto", "appeal")),
        (
            "Armenia invoked Article 4 of the CSTO charter after the attack.",
            ("arm", "csto", "appeal"),
        ),
    ],
)
def test_invoking_a_blocs_defence_clause_appeals_to_the_bloc(text, expected):
    assert triples(gk.extract(text)) == [expected]


# round 49: wave 26 read


@pytest.mark.parametrize(
    "text",
    [
        "The resolution condemns Azerbaijan for resuming hostilities and criticises Turkey's role.",
        "The report of the mission condemned Azerbaijan and called on Russia to withdraw.",
        "The statement condemned Azerbaijan and urged Turkey to stop sending weapons.",
    ],
)
def test_the_object_of_a_verb_with_no_actor_for_subject_is_not_the_next_verbs(text):
    # the two verbs share a subject (a document); its object acts in neither
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[0] == "aze" and t[1] in ("tur", "rus")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Belgian parliament adopted a resolution on the war. "
            "It condemns Azerbaijan and criticises Turkey.",
            [("bel", "aze", "criticize"), ("bel", "tur", "criticize")],
        ),
        (
            "Belgium's Chamber of Representatives adopted a resolution that condemns Azerbaijan "
            "for resuming hostilities and criticises Turkey's role.",
            [("bel", "aze", "criticize"), ("bel", "tur", "criticize")],
        ),
        (
            "Armenia hosts a Russian military base and belongs to the CSTO.",
            [("arm", "csto", "member_of"), ("arm", "rus", "material_cooperation")],
        ),
    ],
)
def test_a_verb_in_the_present_after_and_shares_the_first_verbs_subject(text, expected):
    found = triples(gk.extract(text))
    assert [t for t in expected if t in found] == expected
    assert not [t for t in found if t[0] in ("aze", "rus")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked about the drills, the spokesman of Iran called them a threat and urged Baku "
            "to stop.",
            ("irn", "aze", "appeal"),
        ),
        (
            "Courts in Baku sentenced Armenian servicemen captured after the ceasefire, and Human "
            "Rights Watch said detainees had been abused and urged Azerbaijan to free them.",
            ("hrw", "aze", "appeal"),
        ),
    ],
)
def test_a_shared_subject_skips_an_opening_participle_and_a_new_speaker(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch House of Representatives condemned Azerbaijan.", ("nld", "aze", "criticize")),
        ("Britain's House of Commons condemned Azerbaijan.", ("gbr", "aze", "criticize")),
        ("France's Chamber of Deputies condemned Azerbaijan.", ("fra", "aze", "criticize")),
    ],
)
def test_a_chamber_of_a_state_speaks_for_the_state(text, expected):
    assert triples(gk.extract(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Washington, Paris and London kept their travel warnings for Nagorno-Karabakh in place.",
        "Baku warns foreigners against entering Karabakh through Armenia.",
        "France's foreign ministry has advised its citizens against all travel to Armenia.",
        "The US Embassy barred its employees from non-essential travel to Armenia's border areas.",
        "Azerbaijan strongly advises against travel to the areas bordering Armenia.",
    ],
)
def test_travel_advice_threatens_and_asks_no_one(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("threaten", "appeal", "demand", "coerce")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia warned Azerbaijan against any attack on Armenia.", ("rus", "aze", "threaten")),
        (
            "Azerbaijan has barred five French members of parliament from entering the country.",
            ("aze", "fra", "coerce"),
        ),
        ("Baku condemned the French travel warning as a smear.", ("aze", "fra", "criticize")),
    ],
)
def test_warnings_bans_and_judged_advice_stay(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey pledges its full backing to Baku; world leaders urge both sides to show restraint.",
        "Key events: Armenia declares martial law; Turkey backs Baku; world leaders urge restraint.",
    ],
)
def test_a_verb_with_no_subject_takes_none_from_before_a_semicolon(text):
    found = triples(gk.extract(text))
    assert not [t for t in found if t[0] == "tur" and t[2] == "appeal"]
    assert ("tur", "aze", "support") in found


# round 49: near misses a review found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France warns Azerbaijan against entering Armenian territory.",
            ("fra", "aze", "threaten"),
        ),
        (
            "Armenia warned Azerbaijan against restricting travel through the Lachin corridor.",
            ("arm", "aze", "threaten"),
        ),
        (
            "Turkey warned Armenia against travel restrictions on Turkish citizens.",
            ("tur", "arm", "threaten"),
        ),
        (
            "Armenia urged Azerbaijan to refrain from blocking travel through the corridor.",
            ("arm", "aze", "appeal"),
        ),
        ("Azerbaijan barred the ICRC from travel through the corridor.", ("aze", "icrc", "coerce")),
    ],
)
def test_a_warning_or_bar_aimed_at_a_party_is_no_travel_advice(text, expected):
    assert expected in triples(gk.extract(text))


def test_advice_against_trips_is_no_visit():
    text = "Russia advised its citizens against trips to Armenia's border regions."
    assert triples(gk.extract(text, allow_empty=True)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia welcomed the agreement; it urged Baku and Yerevan to implement it.",
            [("rus", "arm", "appeal"), ("rus", "aze", "appeal")],
        ),
        ("France condemns Azerbaijan; calls on Turkey to stay out.", [("fra", "tur", "appeal")]),
    ],
)
def test_after_a_semicolon_a_pronoun_or_no_subject_keeps_the_clause_before(text, expected):
    found = triples(gk.extract(text))
    assert [t for t in expected if t in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia says Azerbaijan shells its villages and calls on the CSTO to respond.",
            ("arm", "csto", "appeal"),
        ),
        (
            "Armenia thinks Azerbaijan attacks its villages and asks Russia to respond.",
            ("arm", "rus", "appeal"),
        ),
        (
            "Armenia condemns the attack, which Azerbaijan denies, and asks Russia to respond.",
            ("arm", "rus", "appeal"),
        ),
    ],
)
def test_a_verb_of_a_reported_or_relative_clause_lends_no_subject(text, expected):
    found = triples(gk.extract(text))
    assert expected in found
    assert not [t for t in found if t[0] == "aze" and t[1] in ("csto", "rus")]


# round 49: datelines and the texts adopted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON — Members of the US Congress condemned Azerbaijan.",
            ("usa", "aze", "criticize"),
        ),
        (
            "WASHINGTON — A group of US lawmakers introduced a resolution. It urges Azerbaijan "
            "to halt the shelling of Stepanakert.",
            ("usa", "aze", "appeal"),
        ),
        (
            "UNITED NATIONS, Aug 16 — Members of the UN Security Council urged Azerbaijan to "
            "restore traffic through the Lachin corridor.",
            ("un_security_council", "aze", "appeal"),
        ),
        (
            "U.S. Ambassador Linda Thomas-Greenfield urged Azerbaijan to reopen the corridor.",
            ("thomas_greenfield", "aze", "appeal"),
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_sentence(text, expected):
    assert expected in triples(gk.extract(text))


def test_it_after_a_text_adopted_is_its_author():
    G = gk.extract(
        "The Belgian parliament adopted a resolution on the war. "
        "It urges Ankara to end its military interference."
    )
    assert triples(G) == [("bel", "tur", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia is a member of the CSTO together with Russia, Belarus and Kazakhstan.",
            [("arm", "csto"), ("blr", "csto"), ("kaz", "csto"), ("rus", "csto")],
        ),
        (
            "Armenia joined the Eurasian Economic Union along with Kyrgyzstan.",
            [("arm", "eaeu"), ("kgz", "eaeu")],
        ),
        ("Azerbaijan chairs the Non-Aligned Movement.", [("aze", "nam")]),
    ],
)
def test_members_listed_with_together_with_and_a_chair(text, expected):
    found = {(s, t) for s, t, ty in triples(gk.extract(text)) if ty == "member_of"}
    assert found == set(expected)


def test_a_deal_signed_together_with_another_makes_no_member():
    found = triples(gk.extract("Armenia signed a deal with the EU together with Georgia."))
    assert not [t for t in found if t[2] == "member_of"]


def test_persuading_two_sides_to_stop_fighting_mediates():
    found = triples(gk.extract("Russia persuaded Armenia and Azerbaijan to halt the fighting."))
    assert ("rus", "arm", "mediate") in found and ("rus", "aze", "mediate") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AZERBAIJAN SHELLS ARMENIAN VILLAGES – MINISTRY", ("aze", "arm", "attack")),
        (
            "IRAN WARNS AZERBAIJAN – Tehran says it will not accept border changes.",
            ("irn", "aze", "threaten"),
        ),
        ("CSTO — It refused to help Armenia, Pashinyan said.", ("csto", "arm", "reject")),
        (
            "UNITED NATIONS (AFP) - Armenia on Thursday accused Azerbaijan of shelling Sotk.",
            ("arm", "aze", "accuse_aggression"),
        ),
    ],
)
def test_a_headline_in_capitals_or_a_body_before_a_dash_is_no_dateline(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After meeting Putin, Pashinyan condemns Baku and urges Russia to act.",
            ("pashinyan", "rus", "appeal"),
        ),
        (
            "Unlike Russia, France condemns Azerbaijan and supplies Armenia with weapons.",
            ("fra", "arm", "military_aid"),
        ),
        (
            "Armenia accused Azerbaijan of shelling Jermuk; it urged the CSTO to respond.",
            ("arm", "csto", "appeal"),
        ),
    ],
)
def test_an_opening_phrase_or_an_inner_verb_lends_no_subject(text, expected):
    assert expected in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Michel chaired the trilateral meeting with Aliyev and Pashinyan.",
            {("michel", "aliyev", "mediate"), ("michel", "pashinyan", "mediate")},
        ),
        ("Pashinyan chairs the Security Council meeting.", set()),
        ("Armenia persuaded Russia to stop the fighting.", set()),
        ("Armenia joined the CSTO together with Russia's backing.", {("arm", "csto", "member_of")}),
        ("Pashinyan warned Armenians against travel to Russia.", set()),
        ("The State Department advised Americans against travel to Azerbaijan.", set()),
    ],
)
def test_chairs_persuasions_lists_and_advice_that_are_not_what_they_seem(text, expected):
    found = set(triples(gk.extract(text, allow_empty=True)))
    assert expected <= found
    assert not found - expected - {("aliyev", "pashinyan", "meet")}


@pytest.mark.parametrize(
    ("text", "expected", "unwanted"),
    [
        (
            "Armenia condemned Azerbaijan, criticised Turkey and urged Russia to act.",
            [("arm", "aze", "criticize"), ("arm", "tur", "criticize"), ("arm", "rus", "appeal")],
            "aze",
        ),
        (
            "Moscow summoned Azerbaijan's ambassador, condemned Baku and urged Yerevan to stay calm.",
            [("rus", "aze", "criticize"), ("rus", "arm", "appeal")],
            "aze",
        ),
        (
            "The resolution condemns Azerbaijan, criticises Turkey and calls on Iran to act.",
            [],
            "aze",
        ),
    ],
)
def test_a_list_of_verbs_shares_its_first_subject(text, expected, unwanted):
    found = triples(gk.extract(text, allow_empty=True))
    assert [t for t in expected if t in found] == expected
    assert not [t for t in found if t[0] == unwanted]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Azerbaijan clashed on the border. Russia has offered to help the two "
            "sides demarcate the border.",
            "offer_mediation",
        ),
        (
            "Armenia and Azerbaijan clashed on the border. The Minsk Group co-chairs stand ready "
            "to help the parties resume talks.",
            "offer_mediation",
        ),
        (
            "Armenia and Azerbaijan clashed on the border. The fighting stopped after Russian "
            "Defence Minister Sergei Shoigu intervened with both sides.",
            "mediate",
        ),
    ],
)
def test_help_with_the_border_or_talks_and_intervening_with_both_sides_mediate(text, expected):
    found = triples(gk.extract(text))
    mediated = {t[1] for t in found if t[2] == expected}
    assert mediated == {"arm", "aze"}
    assert ("arm", "aze", "negotiate") not in found  # (talks to be resumed are not held)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin has spoken by phone with Ilham Aliyev and with Recep Tayyip Erdogan.",
            [("putin", "aliyev", "consult"), ("putin", "erdogan", "consult")],
        ),
        (
            "Armenia and Azerbaijan clashed. The OSCE said it was in contact with both sides and "
            "with the ICRC.",
            [("osce", "arm", "consult"), ("osce", "aze", "consult"), ("osce", "icrc", "consult")],
        ),
        (
            "The Secretary of State will speak with President Aliyev and with Prime Minister "
            "Pashinyan later today.",
            [],
        ),
        (
            "Cavusoglu shook hands with his Armenian counterpart, Ararat Mirzoyan, in Antalya.",
            [("cavusoglu", "mirzoyan", "meet")],
        ),
    ],
)
def test_with_a_and_with_b_is_each_apart_and_a_handshake_a_meeting(text, expected):
    found = [t for t in triples(gk.extract(text, allow_empty=True)) if t[2] != "war"]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijani forces took Shusha two days ago.", [("aze", "shusha", "occupy")]),
        ("Azerbaijani forces took Shusha again.", [("aze", "shusha", "occupy")]),
        ("The offensive took Azerbaijan two weeks.", []),
    ],
)
def test_a_place_taken_before_a_time(text, expected):
    assert triples(gk.extract(text, allow_empty=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia, France and the United States, which co-chair the OSCE Minsk Group, called "
            "for calm.",
            {("rus", "minsk_group"), ("fra", "minsk_group"), ("usa", "minsk_group")},
        ),
        (
            "Russia, France and the United States, who chair the Minsk Group, urged restraint.",
            {("rus", "minsk_group"), ("fra", "minsk_group"), ("usa", "minsk_group")},
        ),
        (
            "Turkey and Pakistan, which back Azerbaijan, condemned Armenia.",
            {("tur", "aze"), ("pak", "aze")},
        ),
    ],
)
def test_a_plural_verb_after_a_list_has_the_list_for_subject(text, expected):
    found = {(s, t) for s, t, ty in triples(gk.extract(text)) if ty in ("member_of", "support")}
    assert found == expected


# round 50: wave 27 read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2/ The ARM MoD says AZ units opened fire first with mortars.",
            {("arm", "aze", "accuse_aggression"), ("aze", "arm", "attack")},
        ),
        (
            "1/ Since this morning the AZ MoD has posted UAV clips of strikes on ARM positions.",
            {("aze", "arm", "attack")},
        ),
    ],
)
def test_the_abbreviations_of_open_source_threads_are_the_states(text, expected):
    assert expected <= set(triples(gk.extract(text)))


def test_an_upper_case_abbreviation_only_names_the_state():
    # "arm" and "az" in lower case are words, not states
    G = gk.extract("He hurt his arm when Turkey shelled the az village.", allow_empty=True)
    assert triples(G) == []


@pytest.mark.parametrize(
    "header",
    [
        "Statement by the delegation of Armenia at the OSCE Permanent Council, Vienna",
        "Security Council, 21 September 2023: statement by Armenia on the situation",
        "Remarks at a UN Security Council briefing on the corridor, Armenian Mission to the "
        "United Nations",
        "Armenia at the general debate of the seventy-eighth session of the General Assembly",
        "PACE urgent debate on the corridor: statement by a member of the Armenian delegation",
    ],
)
def test_the_speaker_a_speech_header_names_is_its_we_and_my_delegation(header):
    text = (
        f"{header}\nMr. President,\nMy delegation condemns the shelling of Jermuk.\n"
        "We call on Turkey to withdraw its mercenaries.\nMy Government urges the OSCE to act.\n"
    )
    found = set(triples(gk.extract(text)))
    assert {("arm", "tur", "appeal"), ("arm", "osce", "appeal")} <= found
    assert not {t for t in found if t[0] in ("un_security_council", "pace", "osce")}


def test_a_news_headline_about_a_statement_names_no_speaker():
    # not a speech: no "Mr. President," and the statement is the object of a verb
    text = (
        "Azerbaijan condemns statement by the EU mission\n"
        "The Azerbaijani foreign ministry said on Monday the monitors had overstepped.\n"
        "We call on Turkey to withdraw its mercenaries, an Armenian activist wrote.\n"
    )
    assert ("eu", "tur", "appeal") not in triples(gk.extract(text))
    assert ("aze", "tur", "appeal") not in triples(gk.extract(text))


def test_my_government_in_an_ambassadors_op_ed_is_the_authors_state():
    text = (
        "France should weigh its words\n"
        "By Rahman Guliyev, Ambassador of the Republic of Azerbaijan to France\n"
        "Armenian officials have accused my country of invading their territory.\n"
        "A co-chair should not take sides, and my government asks Paris to return to balance.\n"
    )
    found = set(triples(gk.extract(text)))
    assert {("arm", "aze", "accuse"), ("aze", "fra", "appeal")} <= found


def test_an_initial_written_without_a_space_leaves_the_surname_readable():
    text = (
        "Talks between the foreign ministers of Russia and Azerbaijan\n"
        "S.Lavrov: Dear colleagues, welcome to Moscow.\n"
        "J.Bayramov: I thank the Russian side for its hospitality.\n"
    )
    assert ("bayramov", "rus", "support") in triples(gk.extract(text))
    from graphlib_kb.extract.pipeline import _blank_english

    tokens = [t.text for t in _blank_english()("J.Bayramov and U.S.-brokered A.B. talks")]
    assert tokens == ["J.", "Bayramov", "and", "U.S.", "-", "brokered", "A.B.", "talks"]


def test_we_in_a_leaders_turn_of_a_transcript_written_with_initials_is_the_leader():
    text = (
        "Meeting with President of Azerbaijan Ilham Aliyev\n"
        "V.Putin: Mr President, I am glad to see you.\n"
        "I.Aliyev: Thank you; we call on Armenia to sign the peace treaty.\n"
    )
    assert ("aliyev", "arm", "appeal") in triples(gk.extract(text))


def test_we_in_a_spokeswomans_turn_is_the_spokeswoman():
    text = (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova\n"
        "Question: What about the CSTO?\n"
        "M.Zakharova: We regret that Yerevan has declined to take part in its events.\n"
    )
    assert ("zakharova", "arm", "disapprove") in triples(gk.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia says dozens of its servicemen are still held in Azerbaijan, and has asked "
            "the ICRC to press for their release.",
            ("arm", "icrc", "appeal"),
        ),
        (
            "Armenia says the villages were shelled and calls on the CSTO to help.",
            ("arm", "csto", "appeal"),
        ),
        (
            "Baku says the weather is bad and calls on the ICRC to help.",
            ("aze", "icrc", "appeal"),
        ),
    ],
)
def test_a_present_verb_after_a_reported_clause_with_no_doer_is_the_reporters(text, expected):
    found = triples(gk.extract(text, allow_empty=True))
    if expected:
        assert expected in found
    # the reported clause's own verb in the same form keeps the sentence from being read so
    G = gk.extract(
        "Armenia says the report condemns Azerbaijan and calls on Russia to withdraw.",
        allow_empty=True,
    )
    assert ("arm", "rus", "appeal") not in triples(G)


# round 50: near misses the reviews found


@pytest.mark.parametrize(
    "text",
    [
        "Glendale, AZ - The Armenian community rallied against Aliyev.",
        "AZ Sen. Mark Kelly criticized Russia over Ukraine.",
        "Kari Lake (R-AZ) attacked Biden over inflation.",
        "The ARM (Armenian Revolutionary Movement) protested against Pashinyan.",
    ],
)
def test_az_and_arm_name_no_state_before_a_word_other_than_a_force_or_office(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if "aze" in t[:2] or "arm" in t[:2]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Remarks by Secretary Blinken at a meeting with the Azerbaijani delegation\n"
            "Mr. Secretary-General,\nWe call on Armenia to respect the ceasefire.\n",
            "usa",
        ),
        (
            "Statement by H.E. Mr. Ararat Mirzoyan at the meeting with the Azerbaijani delegation\n"
            "Mr. Chair,\nWe call on Turkey to open the border.\n",
            "arm",
        ),
    ],
)
def test_the_speaker_after_by_and_titles_not_the_delegation_met(text, speaker):
    found = triples(gk.extract(text))
    assert [t for t in found if t[2] == "appeal"][0][0] == speaker


@pytest.mark.parametrize(
    "header",
    [
        "Reply to the statement by the delegation of Azerbaijan",
        "Right of reply to the statement of Azerbaijan",
        "Response to the remarks by the Azerbaijani delegation",
    ],
)
def test_a_reply_to_a_speech_does_not_take_the_one_it_answers_for_its_speaker(header):
    text = f"{header}\nMr. President,\nMy delegation thanks France for its support.\n"
    found = triples(gk.extract(text, allow_empty=True))
    assert ("aze", "fra", "support") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenian parliament session turns heated\nMr. Speaker Alen Simonyan expelled an "
        "opposition MP.\nAzerbaijani forces shelled Sotk last night.",
        "Armenia at the crossroads\nMr. President, my country is in danger, wrote an Armenian "
        "blogger in an open letter to Macron.\nAzerbaijani forces shelled Sotk last night.",
        "Explainer: address by Pashinyan to parliament\nPashinyan told parliament about the "
        "border.\nAzerbaijani forces shelled Sotk last night.",
    ],
)
def test_a_news_article_is_no_speech_and_its_attacks_stay_asserted(text):
    G = gk.extract(text)
    rel = gk.relations_table(G)
    attack = rel[(rel["source"] == "aze") & (rel["type"] == "attack")]
    assert list(attack["status"]) == ["asserted"]
    assert ("arm", "aze", "accuse_aggression") not in triples(G)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the invitation of Kazakhstan, the foreign ministers of Armenia and Azerbaijan met "
            "in Almaty.",
            {("kaz", "arm", "mediate"), ("kaz", "aze", "mediate"), ("arm", "aze", "meet")},
        ),
        (
            "At the invitation of Charles Michel, Aliyev and Pashinyan met in Brussels.",
            {("michel", "aliyev", "mediate"), ("michel", "pashinyan", "mediate")},
        ),
        # one who meets is no go-between, and a visit has no two parties
        ("At the invitation of the Kremlin, Pashinyan met Putin in Moscow.", set()),
        ("At the invitation of Macron, Aliyev visited Paris.", set()),
    ],
)
def test_an_opening_invitation_names_the_host_of_the_talks_after_it(text, expected):
    found = set(triples(gk.extract(text)))
    assert expected <= found
    assert {t for t in found if t[2] == "mediate"} == {t for t in expected if t[2] == "mediate"}


def test_a_reported_ethnic_cleansing_is_a_charge_of_war_crimes():
    G = gk.extract("Pashinyan said Azerbaijan was carrying out ethnic cleansing in Karabakh.")
    found = triples(G)
    assert ("pashinyan", "aze", "accuse_war_crimes") in found
    assert ("pashinyan", "aze", "accuse_aggression") not in found


def test_ethnic_cleansing_prepared_is_planned_and_one_carried_out_is_done():
    G = gk.extract(
        "Armenia says Azerbaijan is preparing the ethnic cleansing of Karabakh's Armenians."
    )
    rel = gk.relations_table(G)
    act = rel[rel["type"] == "mass_violence"]
    assert list(act["status"]) == ["planned"]
    assert ("arm", "aze", "accuse_war_crimes") in triples(G)
    G = gk.extract("Yerevan said Baku continued its ethnic cleansing of Karabakh's Armenians.")
    rel = gk.relations_table(G)
    assert list(rel[rel["type"] == "mass_violence"]["status"]) == ["alleged"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington had cancelled a number of high-level visits to Azerbaijan.",
        "Macron scrapped a planned trip to Baku.",
    ],
)
def test_a_number_of_visits_cancelled_is_no_visit(text):
    assert triples(gk.extract(text, allow_empty=True)) == []


@pytest.mark.parametrize(
    "reply",
    [
        "Yerevan said the claim was invented.",
        "The Armenian Defence Ministry said the reports were fake.",
        "Armenia said the video was fake.",
    ],
)
def test_a_claim_called_invented_or_fake_is_denied(reply):
    G = gk.extract(f"Azerbaijan said Armenian forces had shelled its positions. {reply}")
    assert ("arm", "aze", "deny") in triples(G)


# round 50: near misses the second reviews found


@pytest.mark.parametrize(
    "text",
    [
        "At the invitation of Putin, Aliyev and Pashinyan met with Putin in Sochi.",
        "At the invitation of Kazakhstan, the foreign ministers of Armenia and Azerbaijan will "
        "meet in Almaty next week.",
        "At the invitation of Kazakhstan, the foreign ministers of Armenia and Azerbaijan did not "
        "meet in Almaty.",
        "At the invitation of Aliyev, Putin and Erdogan met in Baku.",
    ],
)
def test_an_opening_invitation_makes_no_host_of_talks_not_held_or_not_between_the_sides(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] == "mediate"]


def test_a_statement_about_anothers_statement_is_its_issuers():
    text = (
        "Statement of the Ministry of Foreign Affairs of Armenia on the statement by "
        "Azerbaijan's Foreign Ministry\n"
        "We reject the statement of Azerbaijan. Azerbaijan fired on our positions yesterday.\n"
    )
    found = triples(gk.extract(text))
    assert {("arm", "aze", "deny"), ("arm", "aze", "accuse_aggression")} <= set(found)


def test_a_past_attack_a_speech_tells_is_its_charge_and_stays_historical():
    text = (
        "Statement in exercise of the right of reply by the delegation of Armenia\n"
        "Mr. President,\nAzerbaijan attacked our border in 2022.\n"
    )
    G = gk.extract(text, date="2024-06-01")
    rel = gk.relations_table(G)
    assert list(rel[rel["type"] == "attack"]["status"]) == ["historical"]
    assert ("arm", "aze", "accuse_aggression") in triples(G)


@pytest.mark.parametrize(
    "text",
    [
        "AZ officials met Mexican authorities to discuss border security.",
        "The AZ government signed a water deal with Mexico.",
        "AZ's governor criticised Mexico's handling of the cartels.",
    ],
)
def test_az_before_officials_or_government_is_arizona(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if "aze" in t[:2]]


def test_a_headline_speaker_with_initials_is_a_speaker():
    G = gk.extract("N.Pashinyan: Azerbaijan has occupied part of our territory.")
    assert ("pashinyan", "aze", "accuse") in triples(G)
    from graphlib_kb.extract.pipeline import _blank_english

    assert [t.text for t in _blank_english()("R.T.Erdoğan:")] == ["R.T.", "Erdoğan", ":"]


def test_a_reported_clause_whose_subject_is_no_actor_leaves_the_verb_after_and_to_the_reporter():
    G = gk.extract("Baku says the road is open and calls on Yerevan to stop the smuggling.")
    assert ("aze", "arm", "appeal") in triples(G)
    # a subject of its own after "and" is the verb's
    G = gk.extract(
        "Baku says the convoy is late and the mission calls on Yerevan to wait.", allow_empty=True
    )
    assert ("aze", "arm", "appeal") not in triples(G)


# round 51: wave 28 read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan threw his weight behind Baku.", ("erdogan", "aze", "support")),
        (
            "Pashinyan sent his congratulations to Pezeshkian.",
            ("pashinyan", "pezeshkian", "support"),
        ),
        ("Aliyev called Israel a reliable partner.", ("aliyev", "isr", "support")),
        (
            "Von der Leyen described Azerbaijan as a dependable partner.",
            ("von_der_leyen", "aze", "support"),
        ),
        ("Iran protested over Israeli arms sales to Azerbaijan.", ("isr", "aze", "military_aid")),
        ("Azerbaijan began delivering gas to Italy.", ("aze", "ita", "material_cooperation")),
        ("France called Azerbaijan's offensive unjustifiable.", ("fra", "aze", "criticize")),
    ],
)
def test_round_51_support_supply_and_criticism_wordings(text, expected):
    assert expected in triples(gk.extract(text))


def test_a_partner_called_so_is_the_callers_praise_not_an_alliance():
    found = triples(gk.extract("Von der Leyen called Azerbaijan a trustworthy partner of the EU."))
    assert ("von_der_leyen", "aze", "support") in found
    assert ("aze", "eu", "cooperate") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia stopped supplying gas to Armenia.",
        "Azerbaijan does not supply gas to Armenia.",
        "Russia froze arms deliveries to Armenia.",
        "The EU imposed an embargo on arms sales to Azerbaijan.",
    ],
)
def test_supplies_ended_or_refused_are_no_supplies(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("material_cooperation", "military_aid")]


def test_the_decision_a_judge_regrets_is_the_last_not_its_own():
    text = (
        "Armenia recalled its ambassador to Israel in protest at Israeli arms sales to Azerbaijan.\n"
        "Israel's foreign ministry said it regretted the decision."
    )
    assert ("isr", "arm", "disapprove") in triples(gk.extract(text))


def test_a_list_has_one_and_so_and_after_a_comma_opens_a_new_clause():
    found = triples(
        gk.extract(
            "Turkey has backed Baku, and Greece and Cyprus are pressing EU governments to act."
        )
    )
    assert ("tur", "aze", "support") in found
    assert ("tur", "grc", "support") not in found and ("tur", "cyp", "support") not in found
    assert ("aze", "eu", "appeal") not in found


def test_a_third_state_reporting_a_sides_attack_is_not_its_victim():
    found = triples(
        gk.extract("The United States said it was alarmed by Azerbaijan's military action.")
    )
    assert ("usa", "aze", "disapprove") in found
    assert ("aze", "usa", "attack") not in found
    # the side's own report still names it the victim
    found = triples(gk.extract("Armenia said a soldier was wounded by Azerbaijani gunfire."))
    assert ("aze", "arm", "attack") in found


def test_a_host_who_meets_both_sides_together_mediates():
    found = triples(gk.extract("Blinken met Aliyev and Pashinyan together in Munich."))
    assert ("blinken", "aliyev", "mediate") in found
    assert ("blinken", "pashinyan", "mediate") in found


def test_a_name_right_after_a_verb_of_detention_is_the_person_held():
    G = gk.extract("Azerbaijani border guards on Saturday detained Vagif Khachatryan.")
    rel = gk.relations_table(G)
    held = rel[rel["type"] == "coerce"]
    assert G.nodes[held["target"].iloc[0]]["name"] == "Vagif Khachatryan"
    G = gk.extract("A Baku court sentenced Levon Mnatsakanyan and Davit Manukyan to life.")
    names = {G.nodes[v]["name"] for _, v, d in G.edges(data=True) if d["type"] == "coerce"}
    assert names == {"Levon Mnatsakanyan", "Davit Manukyan"}
    # a body's name is no person
    G = gk.extract("Azerbaijani police arrested Abzas Media staff on Monday.", allow_empty=True)
    assert not [n for n, d in G.nodes(data=True) if d.get("kind") == "person"]


def test_a_karabakh_resident_in_apposition_is_a_person_of_the_region():
    G = gk.extract(
        "Azerbaijani border guards detained Vagif Khachatryan, a Karabakh resident, at the "
        "checkpoint."
    )
    rel = gk.relations_table(G)
    target = rel[rel["type"] == "coerce"]["target"].iloc[0]
    assert G.nodes[target]["name"] == "Vagif Khachatryan"


def test_the_possessor_of_an_arrest_is_the_one_held_unless_of_or_by_follows():
    text = (
        "Azerbaijan blockaded the Lachin corridor. "
        "Vardanyan's arrest came during Azerbaijan's blockade of the corridor."
    )
    assert not [t for t in triples(gk.extract(text)) if t[2] == "coerce"]
    assert ("aze", "vardanyan", "coerce") in triples(
        gk.extract("Azerbaijan's arrest of Vardanyan drew protests.")
    )


def test_a_spoken_act_after_a_reported_pluperfect_is_the_reporters():
    found = triples(
        gk.extract(
            "Armenia said Azerbaijani troops had attacked its positions and asked Russia to help."
        )
    )
    assert ("arm", "rus", "appeal") in found and ("aze", "rus", "appeal") not in found
    # after a reported call, the caller goes on
    found = triples(
        gk.extract(
            "The State Department said Blinken had spoken to Aliyev and urged him to halt the "
            "military action."
        )
    )
    assert ("blinken", "aliyev", "appeal") in found


def test_several_hosts_at_one_table_with_both_sides_mediate():
    found = triples(
        gk.extract(
            "Michel, Macron and Scholz held talks with Azerbaijan's Ilham Aliyev and Armenia's "
            "Nikol Pashinyan in Chisinau."
        )
    )
    assert {("michel", "aliyev", "mediate"), ("scholz", "pashinyan", "mediate")} <= set(found)
    # two of one state met are no sides
    found = triples(
        gk.extract("In Baku, Araghchi met President Aliyev and Foreign Minister Bayramov.")
    )
    assert ("araghchi", "aliyev", "meet") in found
    assert not [t for t in found if t[2] == "mediate"]


def test_the_two_leaders_are_the_conflicts_two_of_the_pairs_named_together():
    text = (
        "After four hours with Emmanuel Macron and Charles Michel on the sidelines of the "
        "summit, Ilham Aliyev and Nikol Pashinyan agreed that an EU mission would deploy.\n"
        "The two leaders also confirmed that they recognize each other's territorial integrity."
    )
    found = triples(gk.extract(text))
    assert ("aliyev", "arm", "recognize") in found and ("pashinyan", "aze", "recognize") in found
    assert not [t for t in found if t[0] in ("macron", "michel") and t[2] == "recognize"]


def test_a_truce_broker_with_no_parties_named_mediates_between_the_two_of_the_war():
    text = (
        "Canada cancelled export permits for drone cameras to Turkey after they were used in "
        "the Nagorno-Karabakh war.\n"
        "Canada said their use by Azerbaijan broke Turkey's assurances.\n"
        "Turkey urged Canada to lift the restrictions.\n"
        "The war ended in November with a truce brokered by Russia."
    )
    found = triples(gk.extract(text))
    assert ("rus", "arm", "mediate") in found and ("rus", "aze", "mediate") in found
    assert ("rus", "can", "mediate") not in found and ("rus", "tur", "mediate") not in found


def test_a_truce_with_no_parties_named_after_the_war_is_armenias_and_azerbaijans():
    text = (
        "Iran watched warily as Turkey backed Azerbaijan in its war with Armenia.\n"
        "Tehran and Ankara traded barbs over the fighting.\n"
        "The Russian-brokered ceasefire of 10 November ended the fighting."
    )
    found = triples(gk.extract(text))
    assert ("arm", "aze", "ceasefire") in found
    assert not [t for t in found if t[2] == "ceasefire" and "arm" not in t[:2]]


# round 51: near misses the reviews found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Aliyev called Turkey, Azerbaijan's closest ally, on Sunday.",
            ("aliyev", "tur", "consult"),
            ("aliyev", "tur", "support"),
        ),
        (
            "Blinken called Aliyev and described Azerbaijan as an important partner.",
            ("blinken", "aze", "support"),
            ("blinken", "aliyev", "support"),
        ),
        (
            "The Red Cross delivered fuel to Nagorno-Karabakh.",
            ("icrc", "nagorno_karabakh", "humanitarian_aid"),
            ("icrc", "nagorno_karabakh", "material_cooperation"),
        ),
        (
            "Moscow's weapons deliveries to Baku have angered Yerevan.",
            ("rus", "aze", "military_aid"),
            ("rus", "arm", "military_aid"),
        ),
        (
            "Turkey extradited Vagif Khachatryan to Azerbaijan last year.",
            ("tur", "aze", "concede"),
            ("aze", "arm", "coerce"),
        ),
        (
            "Azerbaijan detained Vagif Khachatryan and Armenia protested.",
            ("aze", "khachatryan", "coerce"),
            ("aze", "arm", "coerce"),
        ),
        (
            "Baku's arrest Tuesday of Ruben Vardanyan drew criticism.",
            ("aze", "vardanyan", "coerce"),
            ("vardanyan", "aze", "coerce"),
        ),
        (
            "Iran said Azerbaijani shells hit its territory.",
            ("aze", "irn", "attack"),
            ("irn", "aze", "attack"),
        ),
        (
            "Bayramov said Mirzoyan had walked out of the meeting and accused Baku of lying.",
            ("mirzoyan", "aze", "accuse"),
            ("bayramov", "aze", "accuse"),
        ),
        (
            "Armenia said Azerbaijan had shelled its positions and then denied responsibility.",
            ("aze", "arm", "deny"),
            ("arm", "aze", "deny"),
        ),
    ],
)
def test_round_51_near_misses(text, expected, absent):
    found = triples(gk.extract(text))
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia delayed arms deliveries to Armenia.",
        "Azerbaijan's arms sales to Armenia's enemies worried Yerevan.",
        "Russia was once described as a reliable partner of Armenia.",
    ],
)
def test_supplies_delayed_or_to_anothers_foes_and_passive_praise_are_none(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("military_aid", "support")]


def test_a_truce_in_another_war_keeps_its_own_parties():
    text = (
        "Armenia and Azerbaijan fought a war in 2020. Israel and Iran fought a 12-day war in "
        "June. It ended with a ceasefire brokered by the United States."
    )
    found = triples(gk.extract(text))
    assert ("usa", "isr", "mediate") in found and ("usa", "arm", "mediate") not in found


def test_the_two_leaders_are_not_a_pair_only_talked_about():
    text = (
        "Putin and Erdogan discussed the talks between Aliyev and Pashinyan. The two leaders "
        "also agreed to extend the grain deal."
    )
    found = triples(gk.extract(text))
    assert ("putin", "erdogan", "cooperate") in found
    assert ("aliyev", "pashinyan", "cooperate") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Aliyev and Pashinyan, though not together, in Munich.",
        "Blinken met Aliyev and Pashinyan in Munich and urged them to work together for peace.",
        "Iran and Russia held talks with Armenia and Azerbaijan on gas transit.",
    ],
)
def test_no_mediation_without_one_table_or_by_states_on_trade(text):
    assert not [t for t in triples(gk.extract(text)) if t[2] == "mediate"]


def test_a_place_freed_is_no_person():
    G = gk.extract(
        "Azerbaijan said its forces freed Karin Tak from Armenian occupation.", allow_empty=True
    )
    assert not [n for n, d in G.nodes(data=True) if d.get("kind") == "person"]


# round 51: near misses the second reviews found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Pashinyan said Aliyev had rejected the offer and demanded a corridor through Armenia.",
            ("aliyev", "arm", "demand"),
            ("pashinyan", "arm", "demand"),
        ),
        (
            "Putin met Aliyev and Pashinyan in Sochi together with Shoigu.",
            ("putin", "aliyev", "meet"),
            ("putin", "aliyev", "mediate"),
        ),
        (
            "Azerbaijan called France's decision reckless.",
            ("aze", "fra", "criticize"),
            ("fra", "aze", "criticize"),
        ),
    ],
)
def test_round_51_second_near_misses(text, expected, absent):
    found = triples(gk.extract(text))
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russian arms deliveries to Armenia were delayed.",
        "Azerbaijan supplies gas to Europe through Georgia and Turkey.",
    ],
)
def test_supplies_halted_after_or_through_transit_lands_are_none(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("military_aid", "material_cooperation")]


def test_control_lost_to_a_holder_and_lists_ending_in_an_unknown_name():
    found = triples(
        gk.extract(
            "Azerbaijan lost control of Nagorno-Karabakh and seven surrounding districts to "
            "ethnic Armenian forces in a war in the early 1990s."
        )
    )
    assert ("separatists", "nagorno_karabakh", "control") in found
    assert ("separatists", "surrounding_districts", "control") in found
    found = triples(gk.extract("Azerbaijan took back Aghdam, Kalbajar and Lachin."))
    assert ("aze", "aghdam", "control") in found and ("aze", "kalbajar", "control") in found
    found = triples(gk.extract("Armenia and Azerbaijan remain at odds over Nagorno-Karabakh."))
    assert ("arm", "aze", "dispute") in found


# round 52: wave 29 read
@pytest.mark.parametrize(
    "text,expected,absent",
    [
        (
            "Armenia accused Azerbaijan of violating the ceasefire.",
            ("aze", "arm", "violate_ceasefire"),
            ("arm", "aze", "violate_ceasefire"),
        ),
        (
            "Armenia said Azerbaijani forces had broken the truce overnight.",
            ("aze", "arm", "violate_ceasefire"),
            ("arm", "aze", "violate_ceasefire"),
        ),
        (
            "A humanitarian truce agreed on Saturday broke down within hours, with Armenia and "
            "Azerbaijan blaming each other.",
            ("arm", "aze", "violate_ceasefire"),
            ("arm", "aze", "attack"),
        ),
        (
            "Russia's Defence Ministry said Azerbaijani forces had violated the ceasefire in "
            "the Martakert area of Nagorno-Karabakh.",
            ("aze", "separatists", "violate_ceasefire"),
            ("aze", "rus", "violate_ceasefire"),
        ),
        (
            "Iran offered to help Baku and Yerevan open talks.",
            ("irn", "aze", "offer_mediation"),
            ("irn", "aze", "intend_cooperation"),
        ),
        (
            "Russia said it was ready to help Baku and Yerevan unblock regional transport links.",
            ("rus", "arm", "offer_mediation"),
            ("rus", "arm", "support"),
        ),
        (
            "Heavy fighting between Azerbaijani and Armenian forces went on. China hoped the two "
            "sides would exercise restraint.",
            ("chn", "aze", "appeal"),
            ("aze", "chn", "appeal"),
        ),
        (
            "Amnesty International said the trials were unfair. In June, Azerbaijan released 15 "
            "Armenian detainees in return for maps of landmines, in a deal mediated by Georgia "
            "and the United States.",
            ("geo", "aze", "mediate"),
            ("geo", "amnesty", "mediate"),
        ),
        (
            "Azerbaijani troops advanced several kilometres into Armenia's Syunik province.",
            ("aze", "syunik", "occupy"),
            ("syunik", "aze", "occupy"),
        ),
        (
            "Pashinyan said the exodus amounted to ethnic cleansing, a charge that Hikmet "
            "Hajiyev, foreign policy adviser to the Azerbaijani president, rejected.",
            ("hajiyev", "pashinyan", "deny"),
            ("hajiyev", "arm", "reject"),
        ),
        (
            "Armenia accused Azerbaijan of ethnic cleansing, which Baku rejected.",
            ("aze", "arm", "deny"),
            ("aze", "arm", "reject"),
        ),
    ],
)
def test_round_52_wave_29_read(text, expected, absent):
    found = triples(gk.extract(text))
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey offered to help Azerbaijan open new routes to Nakhchivan.",
        "France offered to help Armenia resolve its energy problems.",
        "Armenia proposed a new round of talks, which Baku rejected.",
    ],
)
def test_help_offered_to_one_party_and_a_proposal_rejected_are_no_mediation_or_denial(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("offer_mediation", "deny")]


# round 52: near misses the reviews found
@pytest.mark.parametrize(
    "text,expected,absent",
    [
        (
            "The European Union accused Azerbaijan of violating the ceasefire.",
            ("aze", "arm", "violate_ceasefire"),
            ("aze", "eu", "violate_ceasefire"),
        ),
        (
            "Turkey accused Armenia of violating the ceasefire in Nagorno-Karabakh.",
            ("arm", "aze", "violate_ceasefire"),
            ("arm", "separatists", "violate_ceasefire"),
        ),
        (
            "The Nagorno-Karabakh authorities accused Azerbaijan of violating the ceasefire.",
            ("aze", "separatists", "violate_ceasefire"),
            ("aze", "arm", "violate_ceasefire"),
        ),
        (
            "Armenia accused Azerbaijan of violating the ceasefire, while Azerbaijan accused "
            "Armenia of shelling Tartar.",
            ("aze", "arm", "violate_ceasefire"),
            ("arm", "aze", "violate_ceasefire"),
        ),
        (
            "Armenia accused Azerbaijan of aggression and called for international monitors, "
            "which Baku rejected.",
            ("aze", "arm", "attack"),
            ("aze", "arm", "deny"),
        ),
        (
            "The ceasefire collapsed, with Armenia and Azerbaijan accusing each other.",
            ("aze", "arm", "violate_ceasefire"),
            ("arm", "aze", "attack"),
        ),
        (
            "The humanitarian truce unravelled overnight, with Baku and Yerevan blaming each "
            "other.",
            ("arm", "aze", "violate_ceasefire"),
            ("aze", "arm", "attack"),
        ),
        (
            "Armenian and Azerbaijani forces clashed on the border on Monday. Iran hoped all "
            "parties would show restraint. Armenia hoped all parties would condemn Azerbaijan.",
            ("irn", "aze", "appeal"),
            ("arm", "aze", "appeal"),
        ),
    ],
)
def test_round_52_near_misses(text, expected, absent):
    found = triples(gk.extract(text))
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "Under the ceasefire Armenia accused Azerbaijan of violating its airspace.",
        "Since the truce Azerbaijan has violated international law, Armenia said.",
        "Armenia accused Azerbaijan of preparing to violate the ceasefire.",
        "Armenia accused Russian peacekeepers of failing to stop violations of the ceasefire.",
        "Iran offered to help Armenia and Georgia open a new border crossing.",
        "Armenian and Azerbaijani forces clashed on the border on Monday. Iran offered to help "
        "both countries resume gas deliveries.",
    ],
)
def test_breaches_of_other_things_and_help_with_trade_are_no_truce_breach_or_mediation(text):
    found = triples(gk.extract(text, allow_empty=True))
    assert not [t for t in found if t[2] in ("violate_ceasefire", "offer_mediation")]
