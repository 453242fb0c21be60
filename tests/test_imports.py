"""Import hygiene: the domain stays free of UI libraries; headless commands never load Textual."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "briefing"
FRONT_ENDS = ("cli", "__main__.py", "render", "tui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(
                node.module.split(".")[0]
                if node.module.startswith(("textual", "rich"))
                else node.module
            )
    return found


def _domain_modules() -> list[Path]:
    return [
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in FRONT_ENDS
    ]


@pytest.mark.parametrize("path", _domain_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_imports_no_ui_library(path: Path) -> None:
    assert not _imports(path) & {"textual", "rich"}


@pytest.mark.parametrize("path", sorted((PACKAGE / "render").glob("*.py")), ids=lambda p: p.name)
def test_renderers_never_import_textual(path: Path) -> None:
    assert "textual" not in _imports(path)


def test_nothing_imports_the_tui_but_the_cli() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] in ("tui", "cli"):
            continue
        assert not any(name.startswith("briefing.tui") for name in _imports(path)), path


@pytest.mark.parametrize(
    "args",
    [
        ["today", "--no-refresh", "--format", "text"],
        ["digest"],
        ["feeds", "list"],
        ["summarize", "-"],
    ],
    ids=lambda a: a[0],
)
def test_headless_commands_never_load_textual(args: list[str], tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    code = (
        "import sys\n"
        "from briefing.cli.main import main\n"
        "try:\n"
        f"    main(['--config', {str(config)!r}, *{args!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('LOADED' if 'textual' in sys.modules else 'CLEAN', file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        input="DUSHANBE (Wire). A lead.\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.stderr.strip().endswith("CLEAN"), done.stderr


def test_story_clustering_does_not_load_the_summarizer() -> None:
    """Stories are built from stored summaries: a refresh or `today` that only clusters
    must not compile the summarizer's patterns (about 65 ms and 3 MB)."""
    code = (
        "import sys\n"
        "import briefing.stories.build\n"
        "print('LOADED' if 'briefing.summarize' in sys.modules else 'CLEAN')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.stdout.strip() == "CLEAN", done.stderr
