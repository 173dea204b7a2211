"""Blueprint data: every expert is described, every package pinned, the file index current."""

from __future__ import annotations

import pytest

from generator import catalog
from tests.helpers import run_cli


@pytest.mark.parametrize("blueprint", catalog.blueprint_ids())
def test_blueprint_data_is_valid(blueprint):
    assert catalog.blueprint_problems(blueprint, catalog.blueprint_data(blueprint)) == []


def test_a_blueprint_naming_an_unpinned_package_is_caught():
    data = {
        "id": "typeorm",
        "readme": "x",
        "dependencies": ["typeorm", "left-pad"],
        "colour": "red",
    }

    assert catalog.blueprint_problems("typeorm", data) == [
        "typeorm: unknown key 'colour'",
        "typeorm: left-pad is not pinned in blueprints/versions.yml",
    ]


def test_every_pinned_version_is_exact():
    assert catalog.version_problems() == []


def test_catalog_starts_with_the_base():
    assert catalog.catalog_order()[0] == catalog.base_id() == "nestjs-fastify"


def test_file_index_is_current():
    result = run_cli("index", "--check")

    assert result.code == 0, result.err
