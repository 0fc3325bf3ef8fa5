from datetime import date

import pytest

import graphlib_kb as gk


@pytest.mark.parametrize(
    "value, bounds",
    [
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2023-02", (date(2023, 2, 1), date(2023, 2, 28))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023-07-15", (date(2023, 7, 15), date(2023, 7, 15))),
        ("2020/2023-07", (date(2020, 1, 1), date(2023, 7, 31))),
        ("../2020", (None, date(2020, 12, 31))),
        ("2020/..", (date(2020, 1, 1), None)),
        ("2023-07-15/2023-07-15", (date(2023, 7, 15), date(2023, 7, 15))),
    ],
)
def test_valid(value, bounds):
    assert gk.date_bounds(value) == bounds
    assert gk.is_valid_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "23",
        "2023-7",
        "2023-07-1",
        "2023-00",
        "2023-02-30",
        "0000",
        "2023/2022",
        "../..",
        "2023//2024",
        " 2023",
        "2023-07-15T10:00",
        "1990s",
        "2023/",
        "/2023",
    ],
)
def test_invalid(value):
    assert not gk.is_valid_date(value)
    with pytest.raises(ValueError):
        gk.date_bounds(value)


def test_non_text():
    with pytest.raises(ValueError, match="must be text"):
        gk.date_bounds(2023)
