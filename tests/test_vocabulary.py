"""The relation vocabulary against the CAMEO/Goldstein and CAMEO-to-PLOVER references."""

import pytest

import graphlib_kb as gk

# CAMEO code -> Goldstein weight, from the table in ../shared/domain.md §2.
GOLDSTEIN = {
    "045": 5.0,
    "039": 5.0,
    "038": 7.0,
    "028": 4.0,
    "046": 7.0,
    "057": 8.0,
    "0871": 9.0,
    "0863": 9.0,
    "016": -2.0,
    "111": -2.0,
    "112": -2.0,
    "126": -5.0,
    "165": -6.5,
    "163": -8.0,
    "191": -9.5,
    "192": -9.5,
    "196": -9.5,
}
# CAMEO code -> (PLOVER type, mode), from the CAMEO2PLOVER conversion table (openeventdata/PLOVER).
PLOVER = {
    "045": ("CONSULT", ""),
    "112": ("ACCUSE", "disapprove"),
    "191": ("COERCE", "restrict"),
    "0871": ("RETREAT", "ceasefire"),
    "0863": ("RETREAT", "access"),
    "073": ("AID", "humanitarian"),
    "192": ("COERCE", "confiscate"),
    "126": ("REJECT", "meet"),
}


@pytest.fixture(scope="module")
def voc():
    return gk.vocabulary()


def test_columns_and_dtypes(voc):
    assert voc.index.name == "type"
    assert list(voc.columns) == [
        "category",
        "sign",
        "weight",
        "cameo",
        "plover_type",
        "plover_mode",
        "symmetric",
        "definition",
        "source",
    ]
    assert str(voc["sign"].dtype) == "int64" and str(voc["weight"].dtype) == "float64"
    assert voc["symmetric"].dtype == bool


def test_required_categories_are_present(voc):
    required = {
        "mediation",
        "accusation",
        "control",
        "negotiation",
        "cooperation",
        "denial",
        "demand",
        "disapproval",
        "conflict",
        "humanitarian",
        "membership",
    }
    assert required <= set(voc["category"])


def test_cameo_codes_keep_leading_zeros_and_goldstein_weights(voc):
    by_code = {code: row for code, row in zip(voc["cameo"], voc.itertuples(), strict=True) if code}
    for code, weight in GOLDSTEIN.items():
        assert code in by_code, code
        assert by_code[code].weight == weight, code


def test_plover_mapping(voc):
    for code, (ptype, pmode) in PLOVER.items():
        rows = voc[voc["cameo"] == code]
        assert len(rows) >= 1, code
        assert rows.iloc[0]["plover_type"] == ptype and rows.iloc[0]["plover_mode"] == pmode, code


def test_signs_match_weights(voc):
    assert voc["sign"].isin([-1, 0, 1]).all()
    assert voc["weight"].between(-10, 10).all()
    assert (voc.loc[voc["sign"] > 0, "weight"] > 0).all()
    assert (voc.loc[voc["sign"] < 0, "weight"] < 0).all()
    # `tie` (category unspecified) is not on the Goldstein scale: an imported edge without a
    # weight weighs 1, as networkx counts an unweighted edge.
    coded = voc[voc["category"] != "unspecified"]
    assert (coded.loc[coded["sign"] == 0, "weight"] == 0).all()
    assert voc.loc["tie", ["sign", "weight"]].tolist() == [0, 1.0]


def test_symmetric_types(voc):
    assert voc.loc["negotiate", "symmetric"] and voc.loc["war", "symmetric"]
    assert not voc.loc["mediate", "symmetric"] and not voc.loc["accuse", "symmetric"]


def test_every_type_has_a_definition(voc):
    assert voc["definition"].str.len().gt(10).all()
    assert (voc["source"] == "base").all()


def test_dataset_types_are_appended(karabakh):
    karabakh.graph["relation_types"] = {
        "host_talks": {
            "category": "mediation",
            "sign": 1,
            "weight": 4.0,
            "symmetric": False,
            "definition": "Hosts talks between parties.",
        }
    }
    voc = gk.vocabulary(karabakh)
    assert voc.loc["host_talks", "source"] == "dataset" and voc.loc["host_talks", "cameo"] == ""
    assert len(voc) == len(gk.vocabulary()) + 1


def test_statuses_and_kinds():
    assert set(gk.statuses().index) == {
        "asserted",
        "alleged",
        "denied",
        "offered",
        "planned",
        "historical",
    }
    kinds = set(gk.actor_kinds().index)
    assert {
        "state",
        "igo",
        "ngo",
        "armed_group",
        "population",
        "person",
        "company",
        "territory",
    } <= kinds
