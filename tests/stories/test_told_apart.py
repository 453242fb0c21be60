"""A report that tells another story's subject as another event ("hours after an unrelated
fault grounded ...") is not of that event: two airline faults of one day share their words
(flights, systems, passengers, delays) and the later report names the earlier. Nor is one
that dates the other's subject months before its own ("four months after Berit"): two storms
on one coast, read as one day."""

from __future__ import annotations

import pytest

from briefing.stories.signals import make_doc
from briefing.stories.words import STOP
from briefing.summarize import summarize
from tests.stories.test_teasers import _item, _stories

GROUNDED = _item(
    "grounded",
    1.0,
    "Brenmoor Air grounds all flights after check-in system crash",
    "HALCOTT, March 5 (Coastline) - Brenmoor Air grounded all its flights on Thursday morning "
    "after its check-in and booking system crashed, leaving thousands of passengers stranded "
    "at Halcott airport, the airline said.\n"
    "Engineers were working to restore the system and delays would run into the evening, "
    "a spokeswoman said. Passengers were told not to travel to the airport.",
    feed="Coastline",
)
RADAR = _item(
    "radar",
    3.0,
    "Radar fault at Dellmark control centre delays hundreds of flights",
    "ORVIK, March 5 (Northdesk) - A radar fault at Dellmark's air traffic control centre "
    "forced controllers to cut the number of flights in the country's airspace on Thursday, "
    "delaying hundreds of departures, hours after an unrelated system crash grounded Brenmoor "
    "Air at Halcott airport.\n"
    "Engineers restored the radar by the evening and passengers were told to expect delays "
    "into the night, the operator said.",
    feed="Northdesk",
)
STRANDED = _item(
    "stranded",
    2.0,
    "Brenmoor Air passengers sleep on terminal floors",
    "Families slept on the floor of the terminal on Thursday night, their holidays on "
    "hold, as Brenmoor Air's ticket desks stayed dark. A separate fault at Brenmoor Air "
    "stopped its cargo flights for a day in January.",
    feed="Halcott Evening",
)


def test_a_report_that_tells_the_other_event_as_unrelated_is_another_story() -> None:
    assert _stories(GROUNDED, RADAR) == [{"grounded"}, {"radar"}]


def test_a_report_telling_apart_an_earlier_fault_of_its_own_subject_joins() -> None:
    # "A separate fault hit Brenmoor Air's cargo system": the report's own headline names
    # Brenmoor Air, whose other fault it tells apart; the day's grounding is its event.
    assert _stories(GROUNDED, STRANDED) == [{"grounded", "stranded"}]


def test_the_words_told_apart_are_those_after_the_phrase_in_its_sentence() -> None:
    doc = make_doc(0, RADAR, summarize(RADAR.text), STOP)
    assert {"brenmoor", "halcott", "crash", "ground"} <= doc.told_apart
    # The words before the phrase are the report's own, as are its headline's.
    assert doc.told_apart.isdisjoint({"dellmark", "radar", "delay", "orvik"})
    assert make_doc(1, GROUNDED, summarize(GROUNDED.text), STOP).told_apart == frozenset()
    # A fault the report tells apart from its own headline's subject: the subject stays its.
    own = make_doc(2, STRANDED, summarize(STRANDED.text), STOP).told_apart
    assert "cargo" in own
    assert own.isdisjoint({"brenmoor", "air", "passeng"})


KELSBY = _item(
    "kelsby",
    1.0,
    "Drone sightings shut Kelsby airport for a second day",
    "Flights in and out of Kelsby airport stayed grounded on Thursday after drones were seen "
    "near the runway again, leaving thousands of holidaymakers stranded. Police said more than "
    "30 sightings had been reported since Tuesday night. Airlines cancelled 400 flights and the "
    "airport said it would not reopen until the skies were clear.",
    feed="Kelsby Post",
)
ORVANE = _item(
    "orvane",
    3.0,
    "Orvane halts flights for two hours after drone seen near runway",
    "MERLOT (Coastline) - Flights at Orvane airport were halted for two hours on Thursday "
    "evening after a pilot reported a drone close to the runway, the airport's operator said. "
    "The halt came as Kelsby airport remained closed for a second day because of drone "
    "sightings that have stranded thousands of passengers. Police searched the fields around "
    "Orvane with a helicopter but found nothing, and flights resumed at nine.",
    feed="Coastline",
)


def test_a_report_that_tells_what_its_news_came_as_tells_another_event() -> None:
    """Two airports' drones on one day share their words; the second's report names the first
    as what its halt "came as"."""
    assert _stories(KELSBY, ORVANE) == [{"kelsby"}, {"orvane"}]
    doc = make_doc(0, ORVANE, summarize(ORVANE.text), STOP)
    assert {"kelsbi", "close"} <= doc.told_apart
    assert doc.told_apart.isdisjoint({"orvan", "helicopt", "pilot"})


STUCK = _item(
    "stuck",
    2.0,
    "'We only wanted to fly home'",
    "Families slept on the floor of the departures hall at Kelsby airport on Thursday night as "
    "drones kept the runway closed for a second day. Flights were cancelled one after another; "
    "a pilot's sighting near the runway stopped the last departure of the evening. 'We only "
    "wanted to fly home,' said a mother of three from Dunmore, whose children had slept on "
    "suitcases. Airlines offered hotel rooms to a few hundred passengers and left thousands "
    "more to wait for news.",
    feed="Kelsby Evening",
)


def test_a_feature_whose_headline_names_no_one_is_about_the_names_of_its_text() -> None:
    """The travellers' feature names Kelsby in its text only; the other airport's report, which
    tells Kelsby's closure as what its halt came as, is not of the feature's event."""
    assert _stories(ORVANE, STUCK) == [{"orvane"}, {"stuck"}]
    assert _stories(KELSBY, ORVANE, STUCK) == [{"kelsby", "stuck"}, {"orvane"}]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The vote comes as Dunmore's mills face closure.", {"dunmor", "mill", "face", "closur"}),
        ("The verdict came as no surprise to Dunmore's mill workers.", set()),
        ("The ruling comes as a heavy blow to Dunmore's mills.", set()),
    ],
)
def test_what_news_came_as_is_told_apart_but_not_what_it_came_as_to_someone(
    sentence: str, told: set[str]
) -> None:
    item = _item("one", 1.0, "Carrick council votes to keep its library", sentence)
    assert make_doc(0, item, summarize(item.text), STOP).told_apart == told


BERIT = _item(
    "berit",
    1.0,
    "Gale floods harbour streets as storm batters Halby coast",
    "HALBY (Coastline) - Storm Berit came ashore near Halby on Saturday with winds of 90 mph, "
    "flooding the harbour streets and cutting power to 40,000 homes along the coast, the "
    "regional governor Ines Marlo said.\n"
    "Fishing boats were torn from their moorings and the coast road was closed.",
    feed="Coastline",
)
TOVE = _item(
    "tove",
    2.0,
    "Storm Tove floods Halby harbour, four months after Berit",
    "HALBY (Northdesk) - Storm Tove came ashore near Halby on Monday with winds of 80 mph, "
    "flooding the harbour streets of a coast still rebuilding after Storm Berit, and cutting "
    "power to 25,000 homes, governor Ines Marlo said.\n"
    "Boats were moved inland and the coast road was closed again.",
    feed="Northdesk",
)
AGAIN = _item(
    "again",
    3.0,
    "Halby counts the cost of a second storm",
    "Shopkeepers on Halby's harbour front were bailing out again on Monday night after Storm "
    "Tove's surge, four months after Storm Berit flooded the same streets. Governor Ines Marlo "
    "said power would be back by the weekend.",
    feed="Halby Evening",
)


def test_a_report_that_dates_the_other_s_subject_months_before_tells_a_later_event() -> None:
    # Berit's report never names Tove; Tove's dates Berit four months before.
    assert _stories(BERIT, TOVE) == [{"berit"}, {"tove"}]


def test_reports_of_the_later_event_that_both_date_the_earlier_one_join() -> None:
    assert _stories(BERIT, TOVE, AGAIN) == [{"again", "tove"}, {"berit"}]


def test_the_words_dated_before_are_a_few_after_the_phrase() -> None:
    doc = make_doc(0, TOVE, summarize(TOVE.text), STOP)
    assert "berit" in doc.told_earlier
    assert doc.told_earlier.isdisjoint({"tove", "flood", "harbor", "power"})
    assert make_doc(1, BERIT, summarize(BERIT.text), STOP).told_earlier == frozenset()


@pytest.mark.parametrize(
    ("title", "text", "dated"),
    [
        (
            "Three Months After Berit, Halby Rebuilds",
            "The harbour wall is going up again.",
            "berit",
        ),
        ("Halby rebuilds", "It is a year since Storm Berit flooded the harbour.", "berit"),
        (
            "Halby rebuilds",
            "Work began 14 weeks after the Berit floods, the council said.",
            "berit",
        ),
    ],
)
def test_a_count_and_a_span_before_after_or_since_date_what_follows(
    title: str, text: str, dated: str
) -> None:
    item = _item("dated", 1.0, title, text)
    assert dated in make_doc(0, item, summarize(item.text), STOP).told_earlier


def test_after_without_a_counted_span_dates_nothing() -> None:
    item = _item("plain", 1.0, "Halby rebuilds", "Shops reopened after Storm Berit, weeks late.")
    assert make_doc(0, item, summarize(item.text), STOP).told_earlier == frozenset()
