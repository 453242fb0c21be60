"""A lawsuit and the jury's award that ends it are two events of one case.

Both tell the same names and the same sums (the royalties claimed, the sum awarded), so squashed
into one day only the act tells them apart: a suit filed is the civil case's charge, an award
its verdict (see words.ACTS). The sentences here are our own.
"""

from __future__ import annotations

from briefing.stories.headlines import acts
from briefing.stories.opposites import opposed
from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories

SUED = _item(
    "sued",
    1.0,
    "Novelist Petra Quarles sues publisher Halden House over unpaid royalties",
    "Novelist Petra Quarles sued her former publisher Halden House, accusing it of holding back "
    "$3 million in royalties from her Marsh Lane crime series, court papers show. The suit says "
    "Halden House understated sales of the books abroad for six years. A spokeswoman for Halden "
    "House said the claims had no merit and that the publisher would defend itself in court.",
    feed="Harbour Wire",
)
ACCUSED = _item(
    "accused",
    2.0,
    "Crime writer Quarles takes Halden House to court over $3 million in royalties",
    "Petra Quarles, whose Marsh Lane novels have sold eleven million copies, has sued Halden "
    "House, saying the publisher kept $3 million of her royalties by understating foreign "
    "sales. Halden House denies the claims and says it will fight the lawsuit.",
    feed="Page Turner",
)
AWARDED = _item(
    "awarded",
    6.0,
    "Jury awards Petra Quarles $2.4 million in royalties fight with Halden House",
    "A jury in Kelby found that Halden House had shortchanged Petra Quarles and ordered the "
    "publisher to pay the author $2.4 million. Quarles wept as the decision was read out. "
    "Halden House said it would study the ruling before deciding whether to appeal.",
    feed="Capital Ledger",
)


def _acts(headline: str) -> tuple[int, ...]:
    return acts(frozenset(stem(word.lower()) for word in headline.split()))


def test_a_suit_and_an_award_are_opposite_acts() -> None:
    assert opposed(_acts("Singer sues her manager"), _acts("Jury awards singer damages"))
    assert opposed(_acts("Singer sued by her manager"), _acts("Singer found guilty"))
    # A suit and the outlets' other words for it tell one act.
    assert not opposed(_acts("Singer sues her manager"), _acts("Singer files lawsuit"))


def test_a_lawsuit_and_the_award_that_ends_it_are_two_stories_read_as_one_day() -> None:
    assert _stories(SUED, ACCUSED, AWARDED) == [{"accused", "sued"}, {"awarded"}]
