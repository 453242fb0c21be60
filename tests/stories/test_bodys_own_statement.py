"""A body's own statement names the body, and its initials elsewhere name it too.

A regulator's press office publishes under its own name ("Coastal Trade Board"), and its
headline opens with that name as the subject of its act ("Coastal Trade Board Fines Velmar
$40 Million"). The outlet's name is taken out of its copy (stories/boilerplate.OutletNames),
but not where it opens a headline and a word follows it: there it is whom the act is about.
A tech site writes the body by its initials ("CTB Hits Chip Firm With Record Fine"), and the
initials are read from the name whether the statement writes it after "The" or before a verb
in a headline in title case (stories/acronyms.py). Every headline and text here is invented.
"""

from __future__ import annotations

from briefing.stories.boilerplate import OutletNames
from tests.stories.test_teasers import _item, _stories

STATEMENT = _item(
    "statement",
    1.0,
    "Coastal Trade Board Fines Velmar $40 Million Over Hidden Charges",
    "FOR IMMEDIATE RELEASE\n"
    "The Coastal Trade Board today announced that Velmar Systems will pay a $40 million civil "
    "penalty to settle charges that it hid fees from its customers for six years.",
    feed="Coastal Trade Board",
)
SITE = _item(
    "site",
    3.0,
    "CTB Hits Chip Firm With Record Fine",
    "It is the largest penalty the regulator has imposed on a hardware maker, and the firm "
    "says it will not appeal.",
    feed="Siliconweek",
)


def test_a_headline_that_opens_with_its_bodys_name_keeps_it() -> None:
    names = OutletNames.of(["Coastal Trade Board"])
    assert names is not None
    lead, body, headline = names.remove_each(
        ("The Coastal Trade Board said.", "Coastal Trade Board, 2031", STATEMENT.title)
    )
    assert headline == STATEMENT.title
    assert "Coastal" not in lead and "Coastal" not in body
    # A label that opens a headline is the outlet's, not a subject: it goes.
    for label in ("Coastal Trade Board: our annual report", "Coastal Trade Board Poll: ..."):
        assert "Coastal" not in names.remove_each(("", "", label))[2]


def test_the_bodys_initials_elsewhere_join_its_statement() -> None:
    assert _stories(STATEMENT, SITE) == [{"site", "statement"}]
