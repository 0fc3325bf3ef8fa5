"""The package namespace: every public name, light CLI start-up."""

import subprocess
import sys
import types

import graphlib_kb as gk


def test_every_public_name_is_the_function_not_its_module():
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(gk.__path__, "graphlib_kb."):
        if not info.name.rsplit(".", 1)[-1].startswith("_"):
            importlib.import_module(info.name)
    for name in gk.__all__:
        value = getattr(gk, name)
        assert not isinstance(value, types.ModuleType), name
    assert callable(gk.summary) and callable(gk.vocabulary) and callable(gk.brokerage)
    assert set(dir(gk)) >= set(gk.__all__)


def test_cli_start_up_does_not_import_the_analysis_stack():
    code = (
        "import sys, graphlib_kb.cli; "
        "print(sorted(m for m in ('pandas', 'scipy', 'networkx', 'matplotlib', 'numba') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
