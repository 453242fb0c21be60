"""Issue #14's house rule: no module of briefing runs past 400 lines (split one that grows)."""

from __future__ import annotations

from tests.conftest import REPO

LIMIT = 400


def test_every_module_stays_within_the_limit() -> None:
    package = REPO / "src" / "briefing"
    sizes = {
        str(path.relative_to(package)): len(path.read_text(encoding="utf-8").splitlines())
        for path in package.rglob("*.py")
    }
    assert len(sizes) > 100  # the package was found and read
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
