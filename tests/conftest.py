import os
from pathlib import Path

import pytest

import graphlib_kb as gk

REPO = Path(__file__).resolve().parent.parent
SEED = Path(os.environ.get("GRAPHLIB_KB_SEED", REPO.parent / "shared" / "seed"))


@pytest.fixture(scope="session")
def karabakh_graph():
    return gk.load_dataset("karabakh-2023")


@pytest.fixture
def karabakh(karabakh_graph):
    """A private copy of karabakh-2023 that a test may change."""
    return karabakh_graph.copy()


@pytest.fixture
def seed_dir():
    if not SEED.is_dir():
        pytest.skip("no seed articles: set GRAPHLIB_KB_SEED to a folder of seed article texts")
    return SEED
