"""Stories on the ninth set of our own coverage (tests/stories/coverage_real9.py).

Written blind like the fourth to eighth, in the form of issue #16's hidden coverage: 72 items
from 44 outlets over four publication days months apart, two thirds of them whole articles
whose background names the running topics' earlier events, beside briefs and near-empty video
captions and teasers, on kinds of news the earlier sets do not hold. Scored as the hidden
coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The floors are
where main stood when the set was written, rounded down by about 0.02 (figures in the
comments): they guard against losing ground and are raised as the clusterer learns the
classes the set holds. Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with
no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real9

PIECES = coverage_real9.PIECES


def test_the_set_is_four_days_two_thirds_whole_articles_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, two
    # thirds whole articles (none past 2,000 characters), five to seven near-empty items
    # each labelled with its event (see coverage.check_form).
    coverage.check_form(PIECES, coverage_real9.DAYS)


def test_real9_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was written: pair_p 0.933, pair_r 0.667, pair_f1 0.778,
    # B-cubed 0.879. One wrong join, on day 3: Palmora's smog emergency (Dravia Today's
    # "Palmora declares air-quality emergency as smog chokes capital", Air & Climate
    # Report's "Inside Palmora's autumn smog: why the index hit 480 again") with Dunhal's
    # tyre-fire smoke (the Dunhal Courier's "Tyre depot fire blankets Dunhal in toxic smoke,
    # emergency declared", Globe Wire's "Dravian city shuts schools as burning tyres send
    # smoke over homes"): two air-quality emergencies in one country, each naming the other.
    # Splits:
    # - all six near-empty items, each alone: ClipStream's "Hostages cross the checkpoint",
    #   NowVideo's "Serak from the air" and "Palmora under a brown sky", The Early Line's
    #   "Ship stuck sideways in the Sarn: 86 vessels waiting" and "Golden Heron goes to The
    #   Salt Orchard", ClipStream's "Commuters rush for exits after false alert";
    # - the tabloids' briefs that name no one in the title: The Daily Clarion's "FREE AT
    #   LAST!" (hostage-release) and "12 MILLION REASONS TO DOUBT IDA" (hostage-ransom), The
    #   Morning Bugle's "IS YOUR PHONE FIRM LEAKING YOUR SECRETS?" (breach-telvo);
    # - nurses-deal: The Commons Post's "Column: The nurses won because the public stood with
    #   them" apart from Ward Times' report and Radio Dravia's brief.
    # Kept together: the press release with the news written from it, the Clarion's "PANIC ON
    # THE PLATFORMS" and the Bugle's "GOTCHA! Crown jewel gang in cuffs" with their events,
    # the analyses, feature, guide and review with theirs; Telvo's and Amoria's breaches of
    # one day apart; both opinion pieces alone.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # the analysis "How a small emirate got three hostages out" joins the release and the
    # nurses' column their deal: pair_p 0.944, pair_r 0.810, pair_f1 0.872, B-cubed 0.924.
    # With a figure written in words read as in signs (figure_forms.figure_words): pair_p 0.950,
    # pair_f1 0.927, B-cubed 0.956.
    assert scores.pair_p >= 0.91, scores
    assert scores.pair_f1 >= 0.92, scores
    assert scores.bcubed_f1 >= 0.95, scores


def test_real9_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was written: pair_p 1.000, 1.000, 0.929, 1.000 (day 3 joins the
    # Dunhal Courier's tyre-fire report with Dravia Today's Palmora smog report, the other
    # two reports of each staying apart); pair_f1 0.667, 0.811, 0.788, 0.828 (mean 0.773,
    # min 0.667: day 1 splits the release's caption and the Clarion's "FREE AT LAST!", the
    # Bugle's breach brief and the eruption's caption from their events). Alone, day 2
    # splits hostage-ransom three ways (Meridian's report of the leaked $12 million, the
    # Norvath State News Agency's denial, the Clarion's brief), which at the own times
    # keeps its two reports together. Now (an outlet's name taken out only where written
    # whole, so that Dravia Today's and the Norvath State News Agency's items name Dravia
    # and Norvath as other outlets' do): pair_p 1.000 every day, pair_f1 0.667, 0.842,
    # 0.882, 0.828 (mean 0.805): day 3 keeps the tyre fire and the smog apart.
    # With reports anchored to one member's headline (tests/stories/test_anchored.py): pair_f1
    # 0.667, 0.952, 0.882, 1.000 (mean 0.875): day 4's clip "Commuters rush for exits after
    # false alert" joins the drill's story.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # day 1's analysis joins the release and day 3's column the nurses' deal: pair_f1 0.762,
    # 0.952, 0.944, 1.000 (mean 0.915).
    # With a media page joining on two rare words where one is a name its story's headlines give
    # (thin.NAMED_WORDS): pair_f1 0.844, 0.952, 1.000, 1.000 (mean 0.949, min 0.844; worst-day
    # pair_p 1.000).
    # With a brief placed by the words its story's reports hold between them (stories/briefs.py):
    # pair_f1 0.917, 0.952, 1.000, 1.000 (mean 0.967, min 0.917; worst-day pair_p 1.000).
    # With a figure written in words read as in signs (figure_forms.figure_words), day 2's tabloid
    # "12 MILLION REASONS" joins the ransom's reports: mean pair_f1 0.979.
    assert days.worst_p >= 0.95, days
    assert days.mean_f1 >= 0.975, days
    assert days.worst_f1 >= 0.89, days


def test_real9_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was written: pair_p 0.529, pair_r 0.643, pair_f1 0.581,
    # B-cubed 0.767. Wrong joins of running topics' events months apart, beside the
    # Palmora-Dunhal join of the own times:
    # - museum-theft (July, three items) with museum-arrests (October, three): the Sunstone
    #   tiara, Palmora State Museum and Kale in all six;
    # - breach-telvo's three reports (May) with telvo-fine (July, three);
    # - antitrust-findr (October, three) with findr-appeal (January, two);
    # - volcano-serak's three reports (May's eruption) with serak-return (January's return
    #   home, two);
    # - canal-sarn's four reports (July's grounding) with Trade Lane's and Ledgerline's
    #   canal-settlement (January's $540m deal; Globe Wire's "540 million dollar" report of
    #   it stays apart);
    # - nurses-offer (May's rejected 4%, three) with Ward Times' and Radio Dravia's
    #   nurses-deal (October's 9%).
    # Beside them the own-times splits (but for hostage-ransom's Clarion brief only, as
    # there). Kept apart: the hostages' release and the ransom report (Brede, Varga, Okafor,
    # Falkner, Zeydi in all); Kestra's false drill alert and Serak's eruption and return;
    # the nurses' deal and the measles campaign (Ferrante in both); the opinion pieces and
    # the events that prompted them.
    # With rules made after seeing this set (an offer accepted opposes one rejected; an
    # incident, such as a theft, a hack, an eruption or a ship aground, opposes what came of
    # it, such as the arrests, the fine, the appeal, the settlement or the return): the
    # nurses' offer and deal, the eruption and the return, the grounding and the settlement
    # stay apart, and the electrician's arrest report leaves the theft's story (the other
    # two, "held over ... heist" and "in cuffs", stay in it; the fine and the appeal, and the
    # fine "over data theft" and the breach, still join): 0.732, 0.619, 0.671, 0.821. With
    # what follows "over", "for" or "after" read as the act's cause, not an act (the fine
    # "over data theft" is a fine): the breach and its fine stay apart: 0.771, 0.643, 0.701,
    # 0.840.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # the hostages' analysis joins their release: 0.805, 0.786, 0.795, 0.883.
    # With a figure written in words read as in signs (figure_forms.figure_words): pair_p 0.809,
    # pair_f1 0.854, B-cubed 0.920.
    # With people "held over" an incident read as arrested (headlines._HELD), "Four held over
    # Sunstone tiara heist" leaves the theft's story for the arrests': pair_p 0.867, pair_f1
    # 0.897, B-cubed 0.946.
    assert scores.pair_p >= 0.86, scores
    assert scores.pair_f1 >= 0.89, scores
    assert scores.bcubed_f1 >= 0.94, scores


def test_two_data_breaches_of_one_day_stay_apart() -> None:
    """Day 1's theft of Telvo's 9.4 million customer records and the open server of the
    dating app Amoria's 2.1 million profiles: the same kind of event on one day, two events
    (and the day's opinion on data law, prompted by both, with neither). Day 3's two
    air-quality emergencies, which name each other, join on main: see the own-times test."""
    pairs = (
        {"breach-telvo", "breach-amoria"},
        {"breach-telvo", "op-privacy"},
        {"breach-amoria", "op-privacy"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)


def test_hostage_drill_and_nurses_topics_stay_apart_squashed_into_one_day() -> None:
    """The release and the ransom report months later share the hostages, the minister and
    the envoy; Kestra's false earthquake alert recalls Serak's eruption; the measles drive
    names the health minister of the nurses' deal. Squashed into one day only their words
    tell them apart."""
    pairs = (
        {"hostage-release", "hostage-ransom"},
        {"drill-kestra", "volcano-serak"},
        {"drill-kestra", "serak-return"},
        {"nurses-deal", "vaccine-launch"},
        {"findr-appeal", "op-search"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
