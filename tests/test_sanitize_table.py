"""The feed-text gate and the TUI's last guard remove the same characters."""

from __future__ import annotations

import pytest

from briefing.sanitize import clean_text
from briefing.tui.inert import inert

SAMPLES = [
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x9b",
    "\u202e",
    "\u2067",
    "\u200f",
    "\u061c",
    "\ufeff",
    "\ufff9",
    "\ufffb",
]


@pytest.mark.parametrize("char", SAMPLES, ids=lambda c: f"U+{ord(c):04X}")
def test_every_character_the_gate_removes_the_tui_replaces(char: str) -> None:
    text = f"Port{char}Anselm"
    assert clean_text(text) == "PortAnselm"
    assert inert(text) == "Port\ufffdAnselm"


def test_both_agree_on_every_code_point_of_the_basic_plane() -> None:
    # The gate turns a carriage return into a line break rather than dropping it.
    points = [chr(c) for c in range(0x10000) if c not in (0x0D, 0xFFFD)]
    removed = [c for c in points if clean_text(f"a{c}b") == "ab"]
    replaced = [c for c in points if inert(c) == "\ufffd"]
    assert removed == replaced
    assert len(removed) > 60
