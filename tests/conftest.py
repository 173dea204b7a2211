import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.template import TEMPLATE_ENV
from tests.helpers import freeze_template

# Generated projects in tests are rendered from the working tree, uncommitted edits included.
os.environ.setdefault("NESTGEN_TEST", "1")

# Tests that render the real template several times (old release, upgrade, fresh) take seconds.
SLOW_FIXTURES = frozenset({"template"})


def cost_rank(item: pytest.Item) -> int:
    """0 for npm builds (tens of seconds), 1 for repeated renders, 2 for the rest."""
    if item.get_closest_marker("node"):
        return 0
    if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
        return 1
    return 2


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Slowest first: pytest-xdist hands tests out in this order, so both workers stay busy to
    # the end instead of one of them finishing a long npm build alone. The sort is stable and
    # identical in every worker, as xdist requires.
    items.sort(key=cost_rank)


@pytest.fixture(scope="session", autouse=True)
def frozen_template(tmp_path_factory) -> Iterator[Path]:
    """nestgen renders from a frozen, lean clone of the working tree during the tests.

    Copier clones its template for every render; without snapshots/ that clone is a few hundred
    files whatever the number of scenarios. Subprocesses (the wizard) inherit the setting.
    """
    clone = freeze_template(tmp_path_factory.mktemp("template") / "nestgen")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TEMPLATE_ENV, str(clone))
        yield clone


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
