"""The gate removes what XML 1.0 forbids and every noncharacter (issue #13, finding 11).

A feed name holding U+FFFF passed the gate, and `export-opml` wrote a file that
no XML parser, ours included, would read back.
"""

from __future__ import annotations

import re
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest
from click.testing import CliRunner

from briefing.cli.main import main
from briefing.sanitize import UNSAFE_CHARACTERS, clean_line, clean_text, safe_url
from briefing.tui.inert import inert

XML_CHAR = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*")
"""The `Char` production of XML 1.0 (fifth edition), section 2.2."""
NONCHARACTERS = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [
    chr(plane + end) for plane in range(0, 0x110000, 0x10000) for end in (0xFFFE, 0xFFFF)
]
EVERY_CODE_POINT = "".join(chr(c) for c in range(0x110000) if c != 0x0D)
"""All of Unicode but the carriage return, which the gate turns into a line break."""


@pytest.mark.parametrize(
    "char",
    ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff", "\ud800", "\udfff"],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_the_gate_removes_noncharacters_and_surrogates(char: str) -> None:
    assert clean_text(f"Port{char}Anselm") == "PortAnselm"
    assert clean_line(f" Port {char}Anselm ") == "Port Anselm"
    assert safe_url(f"https://wire.example/{char}") is None


@pytest.mark.parametrize(
    "char",
    ["\ufffd", "\ufdcf", "\ufdf0", "\U0001f600", "\U0001fffd", "\U00020000", "\U0010fffd"],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_the_gate_keeps_the_characters_beside_them(char: str) -> None:
    assert clean_text(f"Port{char}Anselm") == f"Port{char}Anselm"


def test_what_the_gate_lets_through_is_always_legal_xml() -> None:
    kept = clean_text(EVERY_CODE_POINT)
    assert XML_CHAR.fullmatch(kept)
    removed = set(EVERY_CODE_POINT) - set(kept)
    assert set(NONCHARACTERS) <= removed
    # 2,048 surrogates, 66 noncharacters, 62 C0 and C1 controls, 16 format characters.
    assert len(removed) == 2048 + 66 + 62 + 16


def test_the_gate_and_the_tui_guard_agree_on_every_plane() -> None:
    shown_on_screen = inert(EVERY_CODE_POINT)
    replaced = {c for c, s in zip(EVERY_CODE_POINT, shown_on_screen, strict=True) if s != c}
    assert replaced == set(EVERY_CODE_POINT) - set(clean_text(EVERY_CODE_POINT))
    assert re.fullmatch(f"[{UNSAFE_CHARACTERS}]+", "".join(NONCHARACTERS))


def test_shown_escapes_what_the_gate_removes_and_line_breaks() -> None:
    from briefing.sanitize import shown  # the CLI's echo of user input (finding 10)

    assert shown("a\x1b]0;t\x07b") == "a\\x1b]0;t\\x07b"
    assert shown("a\nb\u202ec\uffff") == "a\\nb\\u202ec\\uffff"
    assert shown("Zürich 東京 😀") == "Zürich 東京 😀"


def test_a_feed_name_with_noncharacters_exports_opml_that_imports(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n\n[[feeds]]\n'
        'name = "Wire\\uFFFF One\\uFDD0"\nurl = "http://127.0.0.1:9/one.xml"\n'
        'tags = ["World\\U0010FFFF"]\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--config", str(config), "export-opml"])
    assert result.exit_code == 0, result.output
    root = SafeTree.fromstring(result.stdout.encode("utf-8"))
    outline = root.find("body/outline")
    assert outline is not None and outline.get("text") == "Wire One"
    opml = tmp_path / "feeds.opml"
    opml.write_text(result.stdout, encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text(f'data_dir = "{tmp_path / "other"}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(other), "import-opml", str(opml)])
    assert result.exit_code == 0, result.stderr
    assert "imported 1 feeds" in result.stderr
    assert 'name = "Wire One"' in other.read_text(encoding="utf-8")
