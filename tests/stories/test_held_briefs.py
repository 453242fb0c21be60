"""A brief whose pairs with every report are weak joins the story whose reports between them
hold its words (see stories/briefs.py).

A tabloid tells a regulator's fine in its own register: its bosses, its filth, its anglers.
The wire's report gives the fine and the river, the firm's statement its apology to anglers
and swimmers, the town paper the swimmers at the weir: each shares a few of the brief's words,
too few for a pair, and together they hold a good share of them. A bare headline, a brief of
one of the story's own feeds, and a brief whose words two stories hold alike stay alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from briefing.models import Item
from briefing.stories import briefs
from briefing.stories.signals import Doc
from briefing.stories.story import Cluster
from tests.stories.test_teasers import _built, _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Regulator fines Brackwater Water $12 million over sewage in the Hollin",
    "DUNMORE, June 4 (Harbor Wire) - The national environment office fined Brackwater Water "
    "$12 million on Thursday for discharging untreated sewage into the River Hollin on "
    "41 days last year, the largest penalty it has imposed on a utility.\n"
    "The company supplies drinking water to 900,000 homes in the Dunmore region. The office "
    "said the company's bosses had left its storm overflows unrepaired for a decade.",
)
STATEMENT = _item(
    "statement",
    2.0,
    "Statement on today's decision by the environment office",
    "Brackwater Water accepts the environment office's decision to fine the company $12 million "
    "for sewage discharges into the River Hollin, and apologises to the anglers, "
    "swimmers and families who use the river. We have begun work on new storm tanks at three "
    "treatment works and will publish monthly figures on every overflow.",
)
TOWN = _item(
    "town",
    3.0,
    "At the weir, a summer of warnings comes to an end",
    "The swimming club at Hollin weir has posted warning signs on its gate every summer since "
    "2021. On Thursday evening its members gathered on the bank to hear that Brackwater Water "
    "had been fined $12 million for the sewage it let into the River Hollin. Furious "
    "anglers who fish below the weir said the smell of the river had kept children out of the "
    "water for years.",
)
BRIEF = _item(
    "brief",
    4.0,
    "SEWAGE SHAME!",
    "Greedy bosses who let sewage pour into our favourite swimming spot were clobbered with a "
    "fine tonight. Furious anglers said the penalty should have been double.",
)


def test_a_brief_whose_words_the_reports_hold_between_them_joins_their_story() -> None:
    assert _stories(WIRE, STATEMENT, TOWN, BRIEF) == [{"brief", "statement", "town", "wire"}]


def test_it_stands_alone_without_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its pairs with each report are too weak for the story: the rule is what joins it."""
    monkeypatch.setattr(briefs, "HELD_SHARE", 1.01)
    assert {"brief"} in _stories(WIRE, STATEMENT, TOWN, BRIEF)


def test_the_reason_names_the_words_the_story_holds() -> None:
    (story,) = _built(WIRE, STATEMENT, TOWN, BRIEF)
    (why,) = [why for why in story.why if why.startswith(f"{BRIEF.feed}: ")]
    assert "a brief whose" in why and "the story's reports hold" in why
    assert "bosses" in why and "swimming" in why


def test_a_bare_headline_stays_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """An aggregator's line without a text of its own is too few words to place by shares:
    asked for none, it would join."""
    line = "Furious anglers: penalty for greedy bosses should be double"
    bare = replace(BRIEF, title=line, text=line)
    assert {"brief"} in _stories(WIRE, STATEMENT, TOWN, bare)
    monkeypatch.setattr(briefs, "OWN_WORDS", 0)
    assert _stories(WIRE, STATEMENT, TOWN, bare) == [{"brief", "statement", "town", "wire"}]


def test_a_brief_of_one_of_the_story_s_feeds_stays_alone() -> None:
    """Only other outlets' reports count: one feed's items share its beat's words. Beside the
    statement and the town paper's report, the brief joins from a third outlet; from the town
    paper's own feed, only the statement holds its words, and one report is not enough (see
    HELD_BY)."""
    assert _stories(STATEMENT, TOWN, BRIEF) == [{"brief", "statement", "town"}]
    own = replace(BRIEF, feed=TOWN.feed)
    assert {own.key} in _stories(STATEMENT, TOWN, own)


# Another event of that evening: a town's lido fined for closing its pool all summer.
LIDO = _item(
    "lido",
    1.5,
    "Council fines Marlow lido operator over summer closures",
    "PENFOLD, June 4 (Harbor Wire) - Penfold council fined the operator of Marlow lido 40,000 "
    "crowns on Thursday for closing its swimming pool on 30 days of last summer, the largest "
    "penalty the council has imposed on a contractor.\n"
    "The council said the operator's bosses had ignored repairs to the drains until sewage "
    "reached the water.",
)
LIDO_TOWN = _item(
    "lido-town",
    2.5,
    "Marlow swimmers welcome the lido penalty",
    "Furious swimmers who found the gates of Marlow lido locked on hot days last summer said "
    "the fine was overdue. The operator's bosses said the pumps would be replaced before June.",
)


def test_a_brief_whose_words_two_stories_hold_alike_stays_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lido's reports hold its bosses, swimming, sewage, fine, penalty and fury too: which
    event the brief tells, its words cannot say. (The share asked is lowered, so that the
    margin alone keeps it apart; without the margin it joins the larger share's story.)"""
    monkeypatch.setattr(briefs, "HELD_SHARE", 0.1)
    stories = _stories(WIRE, STATEMENT, TOWN, LIDO, LIDO_TOWN, BRIEF)
    assert {"lido", "lido-town"} in stories
    assert {"brief"} in stories
    monkeypatch.setattr(briefs, "HELD_MARGIN", 1.0)
    assert {"brief", "statement", "town", "wire"} in _stories(
        WIRE, STATEMENT, TOWN, LIDO, LIDO_TOWN, BRIEF
    )


def test_a_brief_whose_words_one_report_alone_holds_is_left_to_its_pair_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beside one report that holds its words (the wire's, with the swimming clubs at its
    end), the brief's pair score with that report decides, as any item's does; counted by
    one report, its words would join it."""
    wire = replace(
        WIRE,
        text=f"{WIRE.text} Swimming clubs said the penalty was too small.",
    )
    assert _stories(wire, BRIEF) == [{"brief"}, {"wire"}]
    monkeypatch.setattr(briefs, "HELD_BY", 1)
    assert _stories(wire, BRIEF) == [{"brief", "wire"}]


def test_a_brief_whose_figure_the_story_gives_far_apart_stays_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fine of $90 million is another fine than the story's $12 million (see
    figures.figures_clash): the words a brief shares with a story do not outweigh it."""
    other = replace(
        BRIEF,
        text=BRIEF.text.replace("with a fine tonight", "with a $90 million fine tonight"),
    )
    assert other.text != BRIEF.text
    assert {"brief"} in _stories(WIRE, STATEMENT, TOWN, other)
    # The clash halves its pair scores too, under a link (see briefs.HELD_LINK): asked for
    # none, the figures alone keep it apart, and without them it joins.
    monkeypatch.setattr(briefs, "HELD_LINK", 0.0)
    assert {"brief"} in _stories(WIRE, STATEMENT, TOWN, other)
    monkeypatch.setattr(briefs, "figures_clash", lambda doc, other: False)
    assert {"brief", "statement", "town", "wire"} in _stories(WIRE, STATEMENT, TOWN, other)


def test_a_brief_posted_before_the_reports_joins_once_their_story_holds_its_words() -> None:
    """The tabloid is first out, before any report of the fine: each report pairs with it too
    little to try their story, and the story they make holds its words between them."""
    early = replace(
        BRIEF,
        text=BRIEF.text.replace(" with a fine", ""),
        published=WIRE.published - timedelta(minutes=30),
    )
    (story,) = _built(early, WIRE, STATEMENT, TOWN)
    assert {item.key for item in story.items} == {"brief", "statement", "town", "wire"}
    assert any(why.startswith(f"{BRIEF.feed}: a brief whose") for why in story.why)


# A tabloid's own register: most of its words no other item of the day holds.
COLOURFUL = _item(
    "colourful",
    4.0,
    "RIVER OF SHAME",
    "Smirking water bosses whose filthy outflows turned a beloved riverside into a cesspit "
    "were walloped with a fine tonight. Grandad Reg, 81, who has fished there since boyhood, "
    "fumed to anglers on the bank that swimming there is unthinkable.",
)


def test_words_no_other_item_holds_tell_no_story_and_count_for_none() -> None:
    """Its smirking, cesspit and boyhood are in no report of the day, nor in any other story:
    of the words the day knows, the story's reports hold most (counted with the others, they
    hold 15% of its weight, and it stood alone)."""
    assert _stories(WIRE, STATEMENT, TOWN, COLOURFUL) == [
        {"colourful", "statement", "town", "wire"}
    ]


# Another event at the same river: a headline in words no item of the day holds yet.
HATCHED = _item(
    "hatched",
    4.0,
    "Kingfisher chicks hatch at nature reserve",
    "Wardens at the Hollin reserve are celebrating five kingfisher chicks, the first hatched "
    "on the river in a decade. Swimmers and anglers can watch them from the bank this summer.",
)


def test_a_headline_in_words_no_item_holds_tells_an_event_of_its_own() -> None:
    """The fine's reports hold its river, its bank, its swimmers and anglers: every word of
    the brief the day knows but for its headline's. Its headline's words count all the same,
    and the story holds a fifth of its weight."""
    assert {"hatched"} in _stories(WIRE, STATEMENT, TOWN, HATCHED)


# A regulator approves a malaria pill; a partner firm that will pack it says so in a brief.
APPROVAL = _item(
    "approval",
    1.0,
    "Marrish approves Kelvane's single-dose malaria pill Zenorin",
    "TORVAL, May 3 (Harbor Wire) - Marrish's medicines regulator on Monday approved Zenorin, a "
    "single-dose malaria pill made by Kelvane Pharma, for adults and children over five, the "
    "first such approval in the region.\n"
    "Kelvane said the first doses would reach clinics in June and that partners would pack "
    "the pill for markets across the south.\n"
    "Trials in four countries found a single tablet cleared the parasite in nine patients out "
    "of ten within three days, against two weeks of pills for the older treatments. Health "
    "workers have long warned that patients stop the longer courses once fevers break, which "
    "has let resistant strains spread along the coast.",
)
NOD = _item(
    "nod",
    2.0,
    "Kelvane wins Marrish nod for one-dose malaria treatment",
    "Kelvane Pharma's shares rose after Marrish's regulator cleared Zenorin, its one-dose "
    "malaria treatment, on Monday. The company said doses would be packed by partners for "
    "markets in the south and sold to governments at cost.\n"
    "Analysts at Pellam Securities raised their forecast for the company's sales next year, "
    "saying the approval opened a market of tens of millions of courses a year. Kelvane spent "
    "eleven years and most of its research budget on the drug.",
)
PARTNER = _item(
    "partner",
    3.0,
    "Oderon Labs signs pill deal",
    "Oderon Labs said on Monday it would fill and finish vials of Zenorin, the malaria pill "
    "cleared in Marrish, "
    "for buyers across the south. The firm's stock climbed 5 per cent in early trade.",
    feed="Southdesk",
)


def test_a_partner_s_brief_that_names_the_story_s_subjects_joins_it() -> None:
    """Oderon Labs is a stranger to the approval's reports, as the firm of another event's
    brief would be; the brief names the pill and the country their headlines give as well."""
    assert _stories(APPROVAL, NOD, PARTNER) == [{"approval", "nod", "partner"}]


def test_a_brief_that_names_a_stranger_and_too_few_subjects_stays_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Asked for three of the story's subjects where it names two, the brief stays alone: the
    stranger in its headline keeps it from the story, whose reports hold its words."""
    monkeypatch.setattr(briefs, "SUBJECTS_NAMED", 3)
    assert {"partner"} in _stories(APPROVAL, NOD, PARTNER)


CUP_WIRE = _item(
    "cup-wire",
    1.0,
    "Harrowgate win Brenn Cup with late Okafor header",
    "HARROWGATE, May 21 (Harbor Wire) - Harrowgate Rovers won the Brenn Cup for the first time "
    "in 40 years on Saturday, beating Selby Town 2-1 with a header from substitute Dayo Okafor "
    "two minutes from time. Selby had led through an early penalty from their captain Lars Vent "
    "before Harrowgate levelled after the break.",
    feed="Harbor Wire",
)
CUP_FEATURE = _item(
    "cup-feature",
    2.0,
    "From the car wash to Brenn Park: Okafor's long road to a winning header",
    "Three years ago Dayo Okafor was washing cars on the ring road outside Harrowgate and playing "
    "on Sunday mornings for a pub side. On Saturday the 26-year-old rose above two defenders at "
    "Brenn Park to head the goal that ended four decades of waiting for his home town. His "
    "mother, who still works nights at the hospital, watched from the stand with his two younger "
    "brothers. 'He told us he would score,' she said. 'He tells us that every week.' Okafor "
    "signed for Harrowgate Rovers on a part-time contract after a trial arranged by his old youth "
    "coach, and spent most of this season on the bench. The club's manager Pia Lund said she had "
    "kept him back for the last twenty minutes because no defender in the league enjoys facing "
    "him when they are tired. The header, from a corner by the captain, was his ninth goal of "
    "the season and the first he has scored with his head. In the dressing room afterwards his "
    "team mates sang the song the car wash staff had made up for him.",
    feed="Cup Weekly",
)
CUP_TOWN = _item(
    "cup-town",
    3.0,
    "Harrowgate parties into the night after cup win",
    "Thousands of Rovers fans filled the market square in Harrowgate until the early hours, "
    "singing and letting off flares after the club's first Brenn Cup in 40 years. Police said "
    "the crowd had been good-natured and no arrests were made. The team bus is due to arrive at "
    "the town hall on Sunday afternoon.",
    feed="Harrowgate Echo",
)


def _roar(headline: str) -> Item:
    return _item(
        "roar",
        4.0,
        headline,
        "Super-sub Okafor sends Harrowgate wild with a late, late winner against Selby.",
        feed="Daily Roar",
    )


def test_a_brief_the_story_s_fit_turns_away_joins_it_by_the_words_its_reports_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tabloid's lines pair well with the wire's report (the scorer, the town, the
    opponent) and with nothing of the feature's or the town's, so the story's fit turns them
    away; the three reports between them hold most of its words."""
    roar = _roar("ROVERS ROAR!")
    cup = [{"cup-feature", "cup-town", "cup-wire", "roar"}]
    assert _stories(CUP_WIRE, CUP_FEATURE, CUP_TOWN, roar) == cup
    # Without the second look it stands alone, as before.
    place = briefs.HeldBriefs.place

    def unrefused(self: briefs.HeldBriefs, *args: Any, refused: bool = False) -> Any:
        return None if refused else place(self, *args)

    monkeypatch.setattr(briefs.HeldBriefs, "place", unrefused)
    assert {"roar"} in _stories(CUP_WIRE, CUP_FEATURE, CUP_TOWN, roar)


def test_but_not_where_its_headline_gives_a_figure_the_story_s_reports_lack() -> None:
    # The wire gives the score; no report gives the minute.
    at_score = _stories(CUP_WIRE, CUP_FEATURE, CUP_TOWN, _roar("ROVERS ROAR AT 2-1"))
    assert at_score == [{"cup-feature", "cup-town", "cup-wire", "roar"}]
    at_minute = _stories(CUP_WIRE, CUP_FEATURE, CUP_TOWN, _roar("ROVERS ROAR AT 88"))
    assert {"roar"} in at_minute


CABIN_WIRE = _item(
    "wire",
    1.0,
    "Police arrest two escaped Dornish convicts at lakeside cabin",
    "TARNBY, Aug 9 (Harbor Wire) - Police arrested two convicts who escaped from Dornish jail in "
    "June at a rented cabin on the shore of Lake Wenn on Friday, ending a search that had spread "
    "across three countries, the interior ministry said.\nThe men, Marek Voss and Ilya Brandt, "
    "were held without a struggle by officers who surrounded the cabin before dawn. Both will be "
    "returned to Dornland within days.",
    feed="Harbor Wire",
)
CABIN_TABLOID = _item(
    "tabloid",
    2.0,
    "CAUGHT IN HIS SLIPPERS!",
    "Jailbreak boss Voss was dragged out of bed by armed cops after 60 days on the run.",
    feed="Daily Yell",
)
CABIN_PAPER = _item(
    "paper",
    3.0,
    "Jailbreak leader Marek Voss recaptured after 60 days on the run",
    "Marek Voss, who led five inmates over the wall of Dornish jail on June 10, was recaptured "
    "on Friday with his cellmate Ilya Brandt, ending one of the longest manhunts in the "
    "country's history. Three of the other escapees were caught within a week; the fifth is "
    "still at large. Justice minister Katrin Holm thanked the police of neighbouring countries "
    "and said an inquiry into the escape would report in the autumn.",
    feed="Dornish Herald",
)
CABIN_FEATURE = _item(
    "feature",
    4.0,
    "The quiet neighbours at Lake Wenn who turned out to be Dornland's most wanted",
    "For six weeks the two men police arrested at a cabin on the shore of Lake Wenn before dawn "
    "on Friday kept to themselves. They fished in the mornings, bought bread in the village "
    "twice a week and paid in cash. They told the baker they were roofers on a long holiday. It "
    "was the cash that gave them away, neighbours say: a summer visitor noticed the taller man "
    "paying for a rowing boat with a thick roll of notes, and mentioned it to her brother, a "
    "retired policeman. He looked up the wanted list that evening. 'They were polite,' said the "
    "baker, Greta Lind. 'They always said thank you.' The cabin's owner, who lets it through an "
    "agency, said he had never met his tenants and that the rent had been paid for the whole "
    "summer in advance. By Friday afternoon the police tape had gone and children were swimming "
    "from the jetty again.",
    feed="Wenn Courier",
)
CABIN_VISITORS = _item(
    "later",
    9.0,
    "Curious visitors fill Lake Wenn's holiday cabins",
    "The baker Greta Lind has sold out of bread every morning this week. Visitors have booked "
    "every holiday cabin on the Wenn shore, and the agency that lets them says its summer is "
    "full. Some come to swim from the jetty, some to photograph the last cabin, where two "
    "tenants paid the rent in cash for the whole summer.",
    feed="Wenn Courier",
)

CABIN = (CABIN_WIRE, CABIN_TABLOID, CABIN_PAPER)


def test_an_article_the_story_s_fit_turns_away_joins_it_by_the_words_its_reports_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A feature on the fugitives' neighbours pairs well with the wire's arrest (the cabin, the
    lake, the dawn raid) and shares little with the tabloid's lines or the paper's manhunt, so
    the story's fit turns it away; the reports between them hold a good share of its words."""
    assert _stories(*CABIN, CABIN_FEATURE) == [{"feature", "paper", "tabloid", "wire"}]
    place = briefs.HeldBriefs.place

    def unrefused(self: briefs.HeldBriefs, *args: Any, refused: bool = False) -> Any:
        return None if refused else place(self, *args)

    monkeypatch.setattr(briefs.HeldBriefs, "place", unrefused)
    assert {"feature"} in _stories(*CABIN, CABIN_FEATURE)


def test_later_items_are_not_weighed_against_an_article_placed_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The feature is shown with the arrest, but the visitors the village draws after it share
    the feature's words (the baker, the cabins, the jetty), not the arrest's: weighed against
    the feature as against a report, they joined the arrest too."""
    stories = _stories(*CABIN, CABIN_FEATURE, CABIN_VISITORS)
    assert stories == [{"feature", "paper", "tabloid", "wire"}, {"later"}]
    take = Cluster.take

    def as_report(
        self: Cluster, doc: Doc, support: float, reason: str | None = None, aside: bool = False
    ) -> None:
        take(self, doc, support, reason)

    monkeypatch.setattr(Cluster, "take", as_report)
    assert _stories(*CABIN, CABIN_FEATURE, CABIN_VISITORS) == [
        {"feature", "later", "paper", "tabloid", "wire"}
    ]
