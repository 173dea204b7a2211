import os

import pytest

# Generated projects in tests are rendered from the working tree, uncommitted edits included.
os.environ.setdefault("NESTGEN_TEST", "1")


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
