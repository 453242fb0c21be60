"""What a reader sees of an article's quotes: one quote its attribution interrupts is one."""

from __future__ import annotations

from briefing.models import Quote, shown_quotes
from briefing.summarize import summarize

TEXT = (
    "HALVIK (Meridian Wire) - The harbour reopened on Monday.\n"
    '"The ice has gone," said port director Ines Dalby, "and the first ferry sails at noon." '
    '"We lost four days," Dalby said. "Nobody was hurt."\n'
    '"It was the right call," said Oskar Breen, a ferry captain, "but a costly one."'
)


def test_an_interrupted_quote_is_one_with_an_ellipsis_and_the_summary_keeps_its_parts() -> None:
    summary = summarize(TEXT)
    parts = [q.text.rstrip(",") for q in summary.quotes]
    assert "The ice has gone" in parts and "and the first ferry sails at noon." in parts
    shown = [(q.speaker, q.text) for q in shown_quotes(summary.quotes)]
    assert ("Ines Dalby", "The ice has gone … and the first ferry sails at noon.") in shown
    assert ("Oskar Breen", "It was the right call … but a costly one.") in shown
    # Two sentences, the second opening with a capital: two quotes.
    assert ("Ines Dalby", "We lost four days") in [(s, t.rstrip(",")) for s, t in shown]
    assert ("Ines Dalby", "Nobody was hurt.") in shown


def test_parts_of_two_speakers_far_apart_or_unattributed_stay_apart() -> None:
    first = Quote("We will build it,", "Ines Dalby", 10, 27)
    near = Quote("and soon.", "Ines Dalby", 40, 49)
    assert [q.text for q in shown_quotes([first, near])] == ["We will build it … and soon."]
    assert shown_quotes([first, near])[0].end == 49
    other = Quote("and soon.", "Oskar Breen", 40, 49)
    far = Quote("and soon.", "Ines Dalby", 200, 209)
    nobody = [Quote("We will build it,", None, 10, 27), Quote("and soon.", None, 40, 49)]
    for quotes in ([first, other], [first, far], nobody):
        assert shown_quotes(quotes) == quotes
