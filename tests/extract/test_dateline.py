"""Datelines and sources in the wire styles, and articles without one."""

from __future__ import annotations

import pytest

from briefing.extract.dateline import extract_dateline


@pytest.mark.parametrize(
    ("text", "place", "source", "lead"),
    [
        ("KHUJAND (Realist English). Farmers sowed.", "KHUJAND", "Realist English", "Farmers"),
        ("ST. PETERSBURG (Realist English). A forum.", "ST. PETERSBURG", "Realist English", "A"),
        ("OSH, Oct 2 (Reuters) - Prices rose.", "OSH", "Reuters", "Prices"),
        ("NUKUS, Uzbekistan (AP) — A dam broke.", "NUKUS", "AP", "A"),
        ("TERMEZ, October 12. /TASS/. Trains ran.", "TERMEZ", "TASS", "Trains"),
        ("NARYN, October 3 /Kabar/. Snow fell.", "NARYN", "Kabar", "Snow"),
        ("ROME/TBILISI (Realist English). Talks.", "ROME/TBILISI", "Realist English", "Talks"),
        ("UST-KAMENOGORSK, Oct. 5 (Reuters) - Zinc.", "UST-KAMENOGORSK", "Reuters", "Zinc"),
        ("AKTAU, 7 October (Interfax) - Ships.", "AKTAU", "Interfax", "Ships"),
        ("TURKESTAN, Oct 9 KAZINFORM - A shrine.", "TURKESTAN", "KAZINFORM", "A"),
        ("BALKHASH, Kazakhstan — Fishermen left.", "BALKHASH", None, "Fishermen"),
        ("Kazakh lenders cut rates on Monday.", None, None, "Kazakh"),
        ("NATO members met in Brussels.", None, None, "NATO"),
        ("OPEC+ kept output steady.", None, None, "OPEC+"),
        ("“We are ready,” the envoy said.", None, None, "“We"),
        ("", None, None, ""),
    ],
)
def test_dateline(text: str, place: str | None, source: str | None, lead: str) -> None:
    d = extract_dateline(text)
    assert (d.place, d.source) == (place, source)
    assert text[d.end :].startswith(lead)
