"""Two whole articles that share little but names report two events of one topic.

A campaign's day brings several long pieces naming the same candidates: a rally, a
poll, a fundraising report. Two reports of one event share its words besides the
names (what happened, where, the figures); two long pieces that share only the names
are two stories, whenever they were published. Short items keep their names as
evidence: a tabloid's few lines may share nothing else with the wire's report.
"""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

_CAMPAIGN = (
    "Senator Maribel Okafor and Governor Anders Lindqvist are tied in the race for the "
    "Vestmark Party's nomination, and both campaigns say the contest will run into summer.\n"
)

RALLY = _item(
    "rally",
    1.0,
    "Okafor draws thousands to riverside rally in Carlow",
    "Maribel Okafor spoke to a crowd of about 6,000 people on the riverside in Carlow on "
    "Saturday, promising cheaper rail fares and a new hospital for the valley.\n"
    + _CAMPAIGN
    + "Supporters queued for two hours before the gates opened, and the fire brigade closed "
    "the bridge to traffic as the crowd spilled onto it. Okafor arrived late after her bus "
    "was held up by roadworks on the coast road, and opened with a joke about the potholes.\n"
    "She attacked Lindqvist's record on the valley's closed clinics, saying the region had "
    "lost four maternity wards in six years. Lindqvist's campaign said the closures were "
    "decided by health boards, not by the governor.\n"
    "Several speakers before her were local nurses and teachers, and a brass band from the "
    "steelworks played between speeches. The rally ended with fireworks over the river.\n"
    "Her campaign said it had registered 1,200 new volunteers during the afternoon.\n"
    "Local traders said the cafes along the quay ran out of bread by mid-afternoon, and "
    "the town council thanked stewards for keeping the crowd calm on the narrow paths.\n"
    "Okafor travels to the mining towns of the north on Monday, where she is expected to "
    "set out her plans for the pits that closed last autumn, before a televised debate.\n"
    "Police said there were no arrests. A small group of farmers protesting against a "
    "planned pylon line stood by the war memorial with banners and left before dusk.",
    feed="Valley Courier",
)
POLL = _item(
    "poll",
    2.0,
    "Poll: Lindqvist edges ahead of Okafor among older voters",
    "Governor Anders Lindqvist leads Maribel Okafor by 51 percent to 44 percent among "
    "voters over 60, according to a telephone survey of 1,450 party members published by "
    "the Aldmoor Institute, while younger members favour the senator.\n"
    + _CAMPAIGN
    + "The institute's pollsters said pensions and the cost of heating were the issues older "
    "members named most often, ahead of transport and housing. Members under 35 ranked "
    "rents first and said they were more likely to volunteer for a campaign.\n"
    "The margin of error is three points either way. A survey by the same institute in "
    "the winter had found the two candidates level in every age group.\n"
    "Analysts said turnout among younger members, traditionally low in the party's "
    "primaries, would decide the contest. Lindqvist's aides welcomed the figures, and "
    "Okafor's spokesman said polls of party members had often been wrong before.\n"
    "The survey also asked members which candidate would do better against the ruling "
    "coalition in a general election: 48 percent named Lindqvist and 41 percent Okafor, "
    "with the rest undecided. Women were more likely than men to say they had not decided.\n"
    "The institute, which is funded by a group of universities, said the fieldwork was "
    "carried out over eight evenings and that the results were weighted by region. Its "
    "next survey, of all voters rather than party members, is due in the spring.",
    feed="National Ledger",
)


def test_long_pieces_of_one_campaign_that_share_only_names_are_two_stories() -> None:
    assert len(RALLY.text) >= 1500 and len(POLL.text) >= 1500
    assert _stories(RALLY, POLL) == [{"poll"}, {"rally"}]


def test_a_long_report_of_the_same_event_joins() -> None:
    other = _item(
        "rally-2",
        3.0,
        "Crowds pack Carlow riverside as Okafor pledges valley hospital",
        "Thousands of supporters of Maribel Okafor filled the riverside in Carlow on Saturday "
        "for the largest rally of her campaign so far, where she promised a new hospital for "
        "the valley and cheaper rail fares.\n"
        + _CAMPAIGN
        + "The fire brigade shut the bridge as the crowd, put by organisers at about 6,000, "
        "spilled onto it. The senator, delayed by roadworks on the coast road, told the crowd "
        "that the valley had lost four maternity wards in six years under Lindqvist.\n"
        "A steelworks brass band played between the speeches of local nurses and teachers, "
        "and the evening closed with fireworks over the river.\n"
        "Lindqvist's campaign said in a statement that clinic closures were a matter for "
        "health boards. Okafor's aides said 1,200 volunteers had signed up during the rally.\n"
        "Cafe owners on the quay said they had sold out of bread by the middle of the "
        "afternoon, and council stewards kept the crowd on the narrow towpaths calm.\n"
        "Among those in the crowd were families who had travelled from the coast by train, "
        "several of them carrying placards about the closed maternity wards. The senator "
        "heads north to the mining towns on Monday.\n"
        "Police reported no arrests, and a handful of farmers opposed to a new pylon line "
        "held banners by the war memorial. Okafor waved to them from the stage and invited "
        "them to meet her staff after the speeches. Organisers said it was the largest "
        "political gathering in the town in a decade.",
        feed="Evening Standard-Post",
    )
    assert len(other.text) >= 1500
    assert _stories(RALLY, other) == [{"rally", "rally-2"}]
