"""A leader sworn in and the vote that chose them are two events (words.ACTS): months apart,
read as one day, their reports share the country, the winner and the presidency, and only the
act tells them apart. Every headline and text here is invented for the test."""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

RUNOFF = _item(
    "runoff",
    1.0,
    "Ex-governor Talveros wins Marrenia's presidential runoff",
    "Former governor Ines Talveros won Marrenia's presidential runoff with 54 "
    "percent of the vote, beating banker Odo Kresk on a promise to root out graft, the "
    "electoral board said.",
)
SWORN = _item(
    "sworn",
    3.0,
    "Talveros sworn in as Marrenia's president, vows war on graft",
    "Former governor Ines Talveros, who won Marrenia's presidential runoff with 54 percent of "
    "the vote against banker Odo Kresk, took the oath of office, vowing to root "
    "out graft.",
)


def test_an_inauguration_and_the_runoff_before_it_stay_apart() -> None:
    assert _stories(RUNOFF, SWORN) == [{"runoff"}, {"sworn"}]
