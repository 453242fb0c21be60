"""One who quits a post resigns it (synonyms.SYNONYMS): a tabloid's few lines that say the boss
"has quit" tell the wire's report that she resigned, though they name neither her nor the firm.
Every headline and text here is invented for the test."""

from __future__ import annotations

from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Electric bike maker's chief resigns; shares rise 5 pct",
    "TALSBY, Oct 2 (Harbor Wire) - Mira Oldgate resigned as chief executive of Pedalon on "
    "Thursday, four months after the bike maker recalled 30,000 e-bikes over battery fires, "
    "and its shares rose 5 pct. Investors had pressed for a change at the top.",
)
TABLOID = _item(
    "tabloid",
    4.0,
    "E-BIKE BOSS BOLTS",
    "The high-flying boss behind the 'exploding' electric bikes has quit. The City cheered; "
    "riders whose batteries caught fire were less forgiving.",
)


def test_quits_is_read_as_resigns() -> None:
    assert stem("quits") == stem("resigned") == stem("quit")


def test_the_tabloids_lines_join_the_wires_report() -> None:
    assert _stories(WIRE, TABLOID) == [{"tabloid", "wire"}]
