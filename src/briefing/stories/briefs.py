"""Where a brief goes that pairs with no report well enough: to the story whose reports
between them hold most of its words.

A tabloid's, a radio's or a local paper's few lines tell an event in their own words ("CAB
APP BOOTED OUT OF CAPITAL" over two lines on the taxi app's bosses fuming at the town hall's
decision), and each of those words is held by one report of the event's story or another:
the regulator's statement gives "decided", the wire "app" and "ride", the analysis "cab". Its
pair score with each report stays low (a report's vector holds many words the brief lacks, and
each report holds a few of the brief's), but the story's reports together hold a good share of
its words' weight, and no other story of the day holds half as much. The share is of the words
the day knows and of its headline's: a word of its text no other item holds (a tabloid's
"cesspit", "boyhood") can tell no story.

It is asked where no story's pairs with the brief reached the join threshold, and where one's
did and that story's fit turned the brief away (see Clusterer._coheres): a brief that pairs well
with one report and shares little with the story's others ("ROVERS ROCK!" beside the wire's cup
final and the feature on its hero, a partner's "shares jump on partner's regulatory win" beside
the approval's release). There it joins only the story its best pair is in, and only if its
headline gives no figure the story's reports lack: our own coverage's brief of a central bank
holding its rates "at 4.5%" pairs well with two reports of the coin's fall that name the bank,
and its words, the bank's name and "holds", are a good share of the coin's story's; the rate
is what tells it apart. Measured: one day at a time the first ten 0.940 -> 0.944 (the second
and third sets 0.928 -> 0.947 and 0.939 -> 0.958), squashed 0.809 -> 0.814; no brief joins
another event's story in any labelled set, and PolNeAR, Google News and the real feeds are
unchanged. Without the figure, the central bank joins the coin (our own coverage 0.982 ->
0.903); without the best pair's story, PolNeAR's squashed pair precision 0.160 -> 0.156.

A brief posted before any report of its event is placed the same way when a report that links
to it joins their story (see Clusterer._adopt), weighed against the stories of the items it
links to: a council's statement on the "disruption" of its services, out before the reports of
the attack on its systems. Three more of the blind sets' briefs join so, none wrongly (per day
the first ten 0.911 -> 0.915, the five newest 0.912 -> 0.916, recall 0.875 -> 0.882).

Measured on the fifteen blind sets, one day at a time: nine of their briefs that stood alone
join their events' stories, none another event's (the first ten 0.901 -> 0.911, worst day
0.803 -> 0.812; the five newest 0.896 -> 0.912; per-day pair precision 0.9655 -> 0.9672,
recall 0.857 -> 0.875). PolNeAR, Google News, the days and wire sets and the stories of the
117 real feeds of ../shared are unchanged. At a share of 0.15 one more joins, and a brief of
the story's own feed its event in tests/stories/test_held_briefs.py on two other outlets'
words; at 0.12 a brief of the house clusters' day joins another event; at 0.25 four join. A
margin of 1.5 or 3 joins the same nine here. Only briefs: mid-length items that stood alone
joined columns to their day's neighbouring events, and the squashed sets lost precision.

Then the share was taken of the words the day knows (and the headline's), at 0.3 where it was
0.2 of all the brief's words: the rarest words weigh most, and a tabloid's own words, in no
other item, hid what the reports hold (a fraud's "billionaire" brief held 13% of its weight
by its story's reports). Four more briefs join their events' stories, none another's (per day
the first ten 0.915 -> 0.920, the five newest 0.916 -> 0.919; squashed 0.762 -> 0.768); a
share of 0.25 to 0.45 gives the same. Counting the headline's words whatever the day knows of
them was asked by the squashed sets: a local brief of an otter pup born at an islands' aquarium
joined a missile's flight over those islands on the town, "islands" and "sea", and the days
set's brief of sirens at dawn a hurricane's story on its coast and its trains.

A whole article the fit turned away is placed so too, and only so (its best pair's story, its
headline's figures held): a feature on the neighbours of two fugitives caught at a lakeside
cabin, which pairs well with the wire's arrest and shares little with the tabloid's lines, and
an explainer on why the winter's snow is treacherous beside an avalanche's reports. It says too
much of its own to judge later items by: it is shown with its story, but later items are not
weighed against it (see Cluster.take), or the explainer, whose words are every avalanche's,
would carry the day's second avalanche into the first's story. One day at a time the first ten
blind sets 0.947 -> 0.950 (the seventh 0.958 -> 0.975, the eighth 0.861 -> 0.880), recall
0.923 -> 0.927, no item joins another event's story; squashed into one day their pair F1 is the
same (0.830; B-cubed 0.909 -> 0.911); PolNeAR, Google News, our own, wire and days sets the
same but PolNeAR squashed pair precision 0.154 -> 0.151; of the real feeds, two reactions to
Virginia's 2017 election results join TPM's story of them. Weighed against as a report is, the
explainer joined the two avalanches (the eighth set per day 0.861 -> 0.836).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from briefing.stories.evidence import NAMES_ALONE, RARE_NAME, Evidence
from briefing.stories.figures import figures_clash
from briefing.stories.postings import Postings
from briefing.stories.signals import Doc
from briefing.stories.story import Cluster, story_share

HELD_SHARE = 0.3
"""Share of a brief's word weight (each word's weight times its IDF, squared, as in its
vector's length) that a story's reports must hold between them for it to join that story: of
its headline's words and of the words of its text that another item of the day holds."""
HELD_MARGIN = 2.0
"""How many times what the next story holds the best story must hold: where two stories hold
its words alike, its words cannot say which event it tells."""
HELD_WORDS = 4
"""Words of the brief the story must hold, whatever their share: in a few lines, two or three
words in common are chance (a blog's aside on blogging beside a writing app's advert; in a
busy day of made-up words, a random line beside the day's largest story)."""
HELD_WITHIN = NAMES_ALONE
"""Seconds from the brief within which a report's words count: a brief tells its day's event,
and a story followed over two days gathers words of both."""
HELD_LINK = 0.08
"""Pair score with one of its candidates the brief must reach (a link, as cluster.LINK_MIN
counts one): the blind sets' briefs that join pair 0.12 to 0.2 with their event's best report,
and the many briefs of a day that pair with nothing are spared the stories' words (a tenth of
a 2,000-item day's build went to them: 3,958M instructions, 3,825M with this test)."""
HELD_BY = 2
"""Reports of the story that must each hold some of those words: what a single report holds of
a brief is its pair score's to judge. (Without it, at a share of 0.15 a tabloid's brief joined
the wire's one report of a museum theft on its words alone, where tests/stories/test_outlets.py
asks that a later report of another outlet tie them.)"""
OWN_WORDS = 2
"""Words a brief's text must give besides its headline's: a bare headline on an aggregator's
list is too few words to place by shares, and one such line (a medical analyst on whether a
virus is worth worrying about) joined a headset's price rise on "analyst" and "worried"."""

SUBJECTS_NAMED = 2
"""Rare names of the story's headlines a brief whose headline names a stranger to the story
must give to join it (see HeldBriefs._names_subjects). At 2 the sixth blind set's brief of a
partner firm that will fill an approved vaccine's doses joins the approval's story (per day the
first ten 0.935 -> 0.936, squashed 0.775 -> 0.778); nothing else of any labelled set, PolNeAR,
Google News or the real feeds changes. At 1 a state agency's brief on arrests at a rally joins
a bridge collapse in the country named in both (the eighteenth set 0.951 -> 0.910)."""


class HeldBriefs:
    """Places a brief by the share of its words the day's stories hold (see the module's
    text), over the clustering's items, their stories and its index, as they grow."""

    def __init__(
        self,
        docs: list[Doc],
        cluster_of: list[int],
        clusters: list[Cluster],
        index: Postings,
        evidence: Evidence,
    ) -> None:
        self._docs, self._cluster_of, self._clusters = docs, cluster_of, clusters
        self._index, self._evidence = index, evidence

    def place(
        self, doc: Doc, candidates: Iterable[int], values: dict[int, float], refused: bool = False
    ) -> tuple[int, str, float] | None:
        """The story a brief that fits none by its pairs joins, if one holds HELD_SHARE of its
        words or more and HELD_MARGIN times what any other story of its candidates' holds.
        `refused`: a story's pairs with it reached the threshold and its fit said no; then only
        that story (its best pair's), and only if the reports hold its headline's figures; and
        then a whole article is placed too, not only a brief (see the module's text).

        `candidates`: the earlier items that share a rare word with it (see Postings.probe),
        whose stories are looked at; `values`: its pair scores with those scored so far.
        Returns the story's member it pairs with best, the reason, and its summed pair scores
        with the story's reports (see Cluster.cohesion); None for an item that is no brief
        (unless refused), a labelled comment or a bare headline (see OWN_WORDS), and where no
        story holds enough.
        """
        if (
            not (doc.brief or refused)
            or doc.commentary
            or len(doc.weights.keys() - doc.title_tokens) < OWN_WORDS
            or max(values.values(), default=0.0) < HELD_LINK
        ):
            return None
        found: list[tuple[int, set[str]]] = []
        looked: set[int] = set()
        for other in candidates:
            where = self._cluster_of[other]
            if where not in looked:
                looked.add(where)
                held = self._held(doc, where)
                if held:
                    found.append((where, held))
        # Where no story holds HELD_WORDS of its words, their weights need not be weighed.
        if all(len(held) < HELD_WORDS for _, held in found):
            return None
        idf = self._index.idf
        mass = {token: (weight * idf(token)) ** 2 for token, weight in doc.weights.items()}
        # The share is of the words the day knows: a word of the brief's text that no other
        # item holds (a tabloid's "youngest", "finger-prick") can tell no story, and its
        # weight (the rarest a word can have) would hide what the stories hold. The
        # headline's words count all the same: a headline in words no item holds yet ("Rare
        # otter pup born at ...") tells an event nobody has reported, whatever its text
        # shares with the day's stories (the town, "islands", "sea").
        seen = 1 if doc.index < len(self._docs) else 0  # the brief itself, in the index
        holders, titled = self._index.holders, doc.title_tokens
        total = (
            math.fsum(
                weight for token, weight in mass.items() if token in titled or holders(token) > seen
            )
            or 1.0
        )
        # The largest share first; ties by the story's index, which depends only on the input.
        shares = sorted(
            (
                (math.fsum(mass[token] for token in held) / total, where, held)
                for where, held in found
            ),
            key=lambda share: (-share[0], share[1]),
        )
        share, where, held = shares[0]
        if refused and (
            where != self._cluster_of[max(values, key=lambda member: (values[member], -member))]
            or any(token[0] == "#" and token not in held for token in doc.title_tokens)
        ):
            return None
        if (
            share < HELD_SHARE
            or len(held) < HELD_WORDS
            or (len(shares) > 1 and shares[1][0] * HELD_MARGIN > share)
        ):
            return None
        docs, cluster = self._docs, self._clusters[where]
        # As for a pair: a headline that names someone rare none of the story's reports
        # mention tells another event (but see _names_subjects), as does a story its dates,
        # acts or figures tell apart.
        words: set[str] = set()
        for member in cluster.reports:
            words.update(docs[member].weights)
        if (
            (self._evidence.names_a_stranger(doc, words) and not self._names_subjects(doc, cluster))
            or story_share(doc, cluster, docs) < 1.0
            or any(figures_clash(doc, docs[member]) for member in cluster.reports)
        ):
            return None
        scores = [values.get(member, 0.0) for member in cluster.reports]
        best = max(zip(scores, cluster.reports, strict=True))[1]
        told = ", ".join(
            doc.surface[token] for token in sorted(held, key=lambda t: (-mass[t], t))[:4]
        )
        reason = f"a brief whose {told} the story's reports hold ({share:.0%} of its words)"
        return best, reason, math.fsum(min(1.0, max(0.0, score)) for score in scores)

    def _names_subjects(self, doc: Doc, cluster: Cluster) -> bool:
        """Whether the brief names SUBJECTS_NAMED of the rare names the story's headlines give
        (see Doc.key_names): a partner firm's or a market's angle on the event names itself,
        a stranger to the story's reports, and the event's own subjects ("Sahyadri to fill
        doses of Dengora, the vaccine approved in Sundra" beside "Sundra clears Halvera's
        dengue jab"), where a brief of another event names one at most."""
        rarity, words = self._index.rarity, doc.weights
        subjects = {
            token
            for member in cluster.reports
            for token in self._docs[member].key_names
            if token in words and rarity(token) >= RARE_NAME
        }
        return len(subjects) >= SUBJECTS_NAMED

    def _held(self, doc: Doc, where: int) -> set[str]:
        """The brief's tokens that a story's reports within HELD_WITHIN hold, those of other
        feeds than the brief's (one feed's items share its beat and its series' words: a
        podcast's "Day One" and "Day Two" of its awards week) and not pages of several events
        (see roundups.py); none where fewer than HELD_BY of them hold any."""
        docs, when, feed = self._docs, doc.timestamp, doc.item.feed
        words = doc.weights.keys()
        held: set[str] = set()
        holders = 0
        reports = self._clusters[where].reports
        if len(reports) < HELD_BY:
            return held
        for member in reports:
            other = docs[member]
            if (
                abs(other.timestamp - when) <= HELD_WITHIN
                and other.item.feed != feed
                and not other.roundup
            ):
                # (A set operation, in C: a token at a time cost a tenth of a day's build.)
                common = words & other.weights.keys()
                if common:
                    holders += 1
                    held |= common
        return held if holders >= HELD_BY else set()
