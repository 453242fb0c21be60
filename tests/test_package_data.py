"""The installed package carries every file the source tree has: demo feeds, styles, markers.

CI installs briefing (not in editable mode) and the suite imports that copy, so a data file
left out of the distribution fails here instead of on a user's machine.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from tests.conftest import REPO

SOURCE = REPO / "src" / "briefing"


def _files(root: Traversable, prefix: str = "") -> set[str]:
    found: set[str] = set()
    for entry in root.iterdir():
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            found |= _files(entry, f"{prefix}{entry.name}/")
        else:
            found.add(prefix + entry.name)
    return found


def test_every_data_file_of_the_source_is_installed() -> None:
    wanted = {
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    installed = _files(resources.files("briefing"))
    assert wanted - installed == set()
    assert {"py.typed", "tui/app.tcss"} <= installed
    assert any(name.startswith("demo/") and name.endswith(".xml") for name in installed)
