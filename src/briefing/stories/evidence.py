"""What two items share besides their words' cosine, for the pair score: copies, quotes,
figures, names, headline words, the days they date their events to, their outlets.

Each piece of evidence here was added for a class of real coverage (see the constants);
the clustering (cluster.py) asks for one pair's score at a time and for the line that
explains why an item joined its story.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from briefing.stories.copies import is_copy, quotes_match
from briefing.stories.dates import DATE_CLASH, FILED_APART, days_apart, weekday_share
from briefing.stories.figures import figures_clash, shared_figures
from briefing.stories.names import TITLE_TOKENS, named_alike, subject_name, written_as_places
from briefing.stories.opposites import acts_clash
from briefing.stories.postings import WINDOW_SECONDS, Postings
from briefing.stories.rates import RATE_CLASH, rates_clash
from briefing.stories.signals import LEAD_WEIGHT, Doc

TITLE_WORDS = 0.05
"""Added for each headline word two headlines share beyond the first (two at most)."""
TIME_DISCOUNT = 0.25
"""Share of a pair's score lost when the items are WINDOW apart (less when closer)."""
NAMES_ALONE = 8 * 3600.0
"""Seconds apart beyond which two items must share more than names (see Evidence.score)."""
NAMES_ONLY_MAX = 0.48
"""Score below which items further apart than NAMES_ALONE that share little but names
count nothing (see Evidence.score)."""
CONTENT_MIN = 0.08
"""Cosine over words other than names that items further apart than NAMES_ALONE need."""
WEEKDAY_WITHIN = 12 * 3600.0
"""Seconds apart within which two items that date their events to different days of the week tell
two events (half a day; see dates.weekday_share): further apart, the next morning's report of a
storm's toll dates its news a day on as a matter of course. It was NAMES_ALONE (8 hours); at 12
the blind sets squashed into one day 0.782 -> 0.792 (B-cubed 0.882 -> 0.887: a robotaxi's crash
and the permit's revocation, a forward's signing and a rival's sale, an air traffic fault and an
airline chief's exit part), at their own times the first ten 0.915 -> 0.920 (the twelfth set's
cup final, dated to the night before, and the coach's sacking that afternoon part), one day at a
time, PolNeAR, Google News and the real feeds unchanged; at 14 and more the next morning's toll
of the first set's hurricane leaves its landfall (own times 0.843 -> 0.815)."""
TITLE_NAME = 0.15
"""Added when both headlines name one rare name and the texts share a word besides
names (see Evidence._title_name)."""
NAME_CLASH = 0.3
"""Share of a pair's cosine kept when each headline names someone or something rare the
other item never mentions (see Evidence.score)."""
SAME_FEED = 0.8
"""Share of a pair's score kept when both items come from one feed: a feed's items share
its beat, names and formulas (a podcast's hosts, a site's deals), and one event is
mostly one report a feed; across the 117 real feeds of ../shared, same-feed pairs were
most of the joins of different events."""
RARE_NAME = 0.5
"""A name is rare when its IDF is at least this share of the largest IDF (a token no
item holds): held by fewer than about the square root of the items seen."""
ACTION_CLASH = 0.15
"""Share of a pair's score kept when the headlines tell opposite acts (see opposites.py). A
running topic's later event retells the earlier one with its names and figures (a takeover's
probe gives the deal's firms and its EUR 4.3bn), and pair scores of 0.9 and more kept 0.25 and
joined: at 0.15 the second blind set's deal, its probe and its clearance part, squashed into
one day (0.734 -> 0.813); one day at a time, at their own times, on PolNeAR, Google News and
the real feeds nothing changes, nor at 0.1."""
FIGURE_CLASH = 0.5
"""Share of a pair's score kept when the two give one measure values far apart (see
figures_clash): issue #16's "its figures must agree"."""
NAMED = 0.04
BRIEF_NAMED = 0.06
"""What each full name two items share adds to their score, two at most; where either is a
brief, BRIEF_NAMED, but for a place's name (written after "in", "at"...): a tabloid's or a
radio's few lines about a trial or a ban give the person's full name and little else the
wire's report shares ("FROM RICHES TO THE DOCK" over three lines naming the accused), while
a city's name is shared by its day's fire and its mayor's resignation. 0.06 joins three
such briefs of the first, second and ninth blind sets to their events (per day 0.834 ->
0.839, worst day 0.719 -> 0.726); 0.08 joins other stories too, and for whole articles
more than 0.04 joins PolNeAR's campaign-day pieces that name the same candidates."""
COMMENT_SHARE = 0.65
"""Share of its pair score a labelled comment keeps ("Analysis:", "Opinion |"): it joins the
story of the event it is mainly about only on half again a report's evidence. A comment
whose headline names the event's act joins its story; one whose headline and text argue a
wider debate stays apart. At 0 (no comment joined any report) the blind sets written in the
hidden set's form split their analyses and columns from the events their writers labelled
them with; the first three blind sets labelled theirs apart. Measured from 0.5 to 1 over
the fourteen blind sets, one day at a time: 0.6 to 0.75 is a plateau where the first ten
gain a little (0.832 -> 0.834 mean, worst day 0.709 -> 0.719) and the four newest more
(0.825 -> 0.836), though an analysis of the first set joins the strike it was labelled
apart from; from 0.8 up the first ten lose comments to their events' neighbours. It was
0.5, chosen when there were five blind sets."""


def _lead_in(doc: Doc) -> str:
    """A headline up to its colon: a live page's or a series' opening words, or all of it."""
    return doc.item.title.partition(":")[0]


def _one_outlet(doc: Doc, other: Doc) -> bool:
    """Whether two items of one feed (the caller's test) are one outlet's: not an aggregator's
    that end their headlines with other outlets' names ("... - Harbour Ledger", "... - Quay")."""
    ours, theirs = doc.item.title.rpartition(" - "), other.item.title.rpartition(" - ")
    return (ours[2] if ours[1] else "") == (theirs[2] if theirs[1] else "")


class Evidence:
    """Pair scores over the index's IDF (rare names are told by it)."""

    def __init__(self, index: Postings) -> None:
        self._index = index
        self._lowered: dict[int, tuple[str, str]] = {}
        """Item index → its headline and text in lower case (see written_as_places)."""

    def _lower(self, doc: Doc) -> tuple[str, str]:
        """The item's headline and text in lower case, made once."""
        low = self._lowered.get(doc.index)
        if low is None:
            low = self._lowered[doc.index] = (doc.item.title.lower(), doc.item.text.lower())
        return low

    def score(
        self,
        doc: Doc,
        other: Doc,
        cosine: float,
        content: float,
        topic: AbstractSet[str] = frozenset(),
    ) -> float:
        """Add what the pair shares besides words to their cosine, discounted by time apart.

        `content` is the cosine over words other than names: items hours apart that
        share only names (a country, its leader) report different events of one topic, as
        do two whole articles that share only names. `topic`: the words of their feed's
        topic (see FeedTopics.shared), no evidence in either's headline.
        """
        apart = abs(doc.timestamp - other.timestamp)
        if apart > WINDOW_SECONDS:
            return 0.0
        same_feed = doc.item.feed == other.item.feed
        # A feed's teasers share its vocabulary (a site's "Best smart lock" and "Best smart
        # home system", a podcast's episodes): a teaser joins other outlets' reports only.
        if same_feed and (doc.teaser or other.teaser):
            return 0.0
        value = cosine
        # Near-copies share most words, so only a high cosine needs the shingle check.
        if value >= 0.3 and is_copy(doc, other):
            return 1.0
        # Each headline about someone the other item never names (a central bank
        # of one country, another's; a firm's bond issue, another's): one topic, two
        # events. Only rare names tell: a day's common names (a president, the White
        # House) are written or left out as the outlet likes. Shared quotes and figures
        # below still count in full; the full names both give do not (a day's president
        # and country are named in all its stories: the topic, not the event). Headlines
        # that share two rare names besides are one event's, whatever else each names (two
        # senators' deal, told by one outlet with the bill's new name and by another with
        # its old one).
        if same_feed and _one_outlet(doc, other) and _lead_in(doc) != _lead_in(other):
            # One outlet's items share its beat (a film desk's directors, a sports show's
            # teams): there one headline's stranger is enough, unless the headlines open alike
            # (a live page's "Pellow election live: ...", whose later updates name the winner).
            stranger = self.names_a_stranger
            clash = stranger(doc, other.weights) or stranger(other, doc.weights)
        else:
            clash = (
                bool(doc.key_names and other.key_names)
                and self.names_a_stranger(doc, other.weights)
                and self.names_a_stranger(other, doc.weights)
                and self._shared_names(doc, other) < 2
            )
        # A report that tells the other's subject as another event ("hours after an unrelated
        # breakdown grounded Corvina Airways": a second airline fault of the day) is not of it,
        # however many of its words it shares.
        if not clash and (doc.told_apart or other.told_apart):
            clash = not (
                doc.told_apart.isdisjoint(self._subjects(other))
                and other.told_apart.isdisjoint(self._subjects(doc))
            )
        if clash:
            value *= NAME_CLASH
        if doc.quotes and other.quotes:
            same_quotes = sum(any(quotes_match(q, o) for o in other.quotes) for q in doc.quotes)
            value += min(0.35, 0.25 * same_quotes)
        # Tests before the calls here and below spare most pairs a call (no figures, names in
        # common, acts or sums): a tenth of a pair's score, and the names' a quarter of the rest.
        figures = (
            shared_figures(doc, other)
            if (doc.figures and other.figures) or (doc.measures and other.measures)
            else 0
        )
        if figures:
            value += min(0.16, 0.08 * figures)
        if not clash and not doc.names.isdisjoint(other.names):
            shared = doc.names & other.names
            value += NAMED * min(2, named_alike(shared))
            if doc.brief or other.brief:
                places = written_as_places(shared, *self._lower(doc), *self._lower(other))
                people = shared - places
                value += (BRIEF_NAMED - NAMED) * min(2, named_alike(people))
        if doc.dateline and doc.dateline == other.dateline:
            value += 0.03
        # Headlines that share several words (the actor, the act, the figure) tell one
        # event in other words; one shared word is mostly who or where.
        in_titles = doc.title_tokens & other.title_tokens
        if topic:
            in_titles -= topic
        if len(in_titles) > 1 and not clash:
            value += TITLE_WORDS * min(2, len(in_titles) - 1)
        # Two whole articles share their event's words besides its names; a campaign's
        # day of long pieces about a rally, a poll and a fund-raiser shares the names.
        # (Short items keep names as evidence: a tabloid's few lines share little else.)
        if (
            (apart > NAMES_ALONE or (doc.long and other.long))
            and content < CONTENT_MIN
            and value < NAMES_ONLY_MAX
        ):
            return 0.0
        # After the test above: a name in both headlines is no evidence that items
        # hours apart, sharing little but names, report one event.
        if in_titles:
            value += self._title_name(doc, other, in_titles)
        # Items of one day whose leads date things to no day in common ("on Wednesday",
        # "on Thursday") tell two events of one topic: a peace offer and the next day's
        # parade (unless one tells the other's day too: a fleet pulled on Wednesday after
        # Tuesday's crash); further apart, a follow-up's day differs as a matter of course.
        # Datelines filed days apart report two events whatever the publication times (filed
        # a day or two apart they give other days of the week as a matter of course), as does
        # a text that names by date the day the other's dateline files on (see Doc.dated).
        ours, theirs, filed, other_filed = doc.weekdays, other.weekdays, doc.filed, other.filed
        if filed is not None and other_filed is not None and filed != other_filed:
            value *= DATE_CLASH if days_apart(filed, other_filed) > FILED_APART else 1.0
        elif other_filed in doc.dated or filed in other.dated:
            value *= DATE_CLASH
        elif (
            ours
            and theirs
            and apart <= WEEKDAY_WITHIN
            and ours.isdisjoint(other.days_told)
            and theirs.isdisjoint(doc.days_told)
        ):
            value *= weekday_share(ours, theirs)
        # A report that dates the other's subject months before its own event, and names
        # someone the other never mentions, tells a later event ("Hurricane Cora makes
        # landfall, five months after Ada" beside Ada's reports), as datelines filed apart do.
        if (doc.told_earlier or other.told_earlier) and (
            self._tells_earlier(doc, other) or self._tells_earlier(other, doc)
        ):
            value *= DATE_CLASH
        # A rise and a fall of one firm's profit, a strike's start and end (one topic,
        # months apart, read as one day) are told in the same words but for the act.
        if doc.acts and other.acts and acts_clash(doc, other):
            value *= ACTION_CLASH
        # A coin "at $6,000" and "at $9,400": one topic's two days, read as one; a €22m sale
        # and a €96m signing in headlines that share no word: two deals of one day.
        if (doc.sums or doc.headline_sums) and figures_clash(doc, other):
            value *= FIGURE_CLASH
        if doc.rates and rates_clash(doc.rates, other.rates):  # two central banks' moves
            value *= RATE_CLASH
        if same_feed:
            value *= SAME_FEED
        # An analysis, a column or a fact-check is about an event, not a report of it: it
        # joins its event's story only on more evidence than a report needs.
        if doc.commentary or other.commentary:
            value *= COMMENT_SHARE
        return value * (1.0 - TIME_DISCOUNT * apart / WINDOW_SECONDS)

    def anchors(self, doc: Doc, other: Doc) -> bool:
        """Whether two headlines share two words, one of them rare, and do not each name
        someone or something rare the other item never mentions.

        A local paper's report of a story ("Brulon counts its dead") shares its headline's
        words and its lead with the wire's ("Six dead as river floods Brulon") but not the
        words of the story's explainer (why the rain fell) or of an insurers' piece, so it
        links to one member, not two, and scores low against the story as a whole (see
        Clusterer._coheres). A second town's flood that day shares the words of floods, but
        each headline names its own town: one topic, two events. One rare word alone is
        mostly who: a running topic's events months apart share their person.
        """
        shared = doc.title_tokens & other.title_tokens
        rarity = self._index.rarity
        return (
            len(shared) > 1
            and any(rarity(token) >= RARE_NAME for token in shared)
            and not (
                self.names_a_stranger(doc, other.weights)
                and self.names_a_stranger(other, doc.weights)
            )
        )

    def shares_rare(self, doc: Doc, other: Doc, *, names: bool = True) -> bool:
        """Whether two items share a word rare enough to make them candidates (see Postings);
        without `names`, one that is a name in neither item."""
        rare = self._index.gives_candidates
        shared = doc.weights.keys() & other.weights.keys()
        if not names:
            shared -= doc.name_tokens | other.name_tokens
        return any(rare(token) for token in shared)

    def _tells_earlier(self, doc: Doc, other: Doc) -> bool:
        """Whether the item dates a rare name the other gives weeks or more before its own
        event, and its headline names someone rare the other never mentions (see
        Doc.told_earlier): a report of the earlier event, not of the item's."""
        told = doc.told_earlier & doc.name_tokens & other.weights.keys()
        rarity = self._index.rarity
        return any(rarity(token) >= RARE_NAME for token in told) and self.names_a_stranger(
            doc, other.weights
        )

    def _subjects(self, doc: Doc) -> AbstractSet[str]:
        """Whom an item is about, for another report's telling apart (see Doc.told_apart): the
        names of its headline, or where its headline names no one (a feature's "'We just want
        to get home'" on travellers stranded by one airport's drones), the rare names of its
        text."""
        if doc.key_names:
            return doc.key_names
        rarity = self._index.rarity
        return {token for token in doc.name_tokens if rarity(token) >= RARE_NAME}

    def _shared_names(self, doc: Doc, other: Doc) -> int:
        """How many rare names both headlines give."""
        rarity = self._index.rarity
        return sum(rarity(t) >= RARE_NAME for t in doc.key_names & other.key_names)

    def names_a_stranger(self, doc: Doc, words: AbstractSet[str] | dict[str, float]) -> bool:
        """Whether the item's headline names someone rare the other item's `words` lack. Not a
        title (names.TITLE_TOKENS): state media's "Delegation led by First Vice-Chairman
        arrives in ..." names no one the wire's report of the talks lacks (the twenty-fourth
        blind set's last day 0.923 -> 1.000; the twentieth's and twenty-first's days gain)."""
        rarity = self._index.rarity
        return any(
            t not in words and t not in TITLE_TOKENS and rarity(t) >= RARE_NAME
            for t in doc.key_names
        )

    def _title_name(self, doc: Doc, other: Doc, in_titles: AbstractSet[str]) -> float:
        """TITLE_NAME when both headlines name a rare name and the texts share more.

        Outlets that tell one event in their own words still name its subject in the
        headline (a coin, a chipmaker, a product): a rare name in both headlines says
        much more than its weight in two long texts does. A name is a word written
        with a capital inside a sentence and never in lower case in either item ("Gas"
        in a firm's name is not one when the texts speak of gas), nor as a place: a
        town's strike and its march of the next day share where, not what happened.
        A name alone is who, not what happened either, so the headlines or leads must
        also share a word that is not a name: the act, the object, a figure; not a title
        (names.TITLE_TOKENS): a country's finance minister ruling out taxes and its museum's
        statues handed back "in a ceremony attended by both culture ministers" share the
        country and "minister", two events.
        """
        ours_names, their_names = doc.name_tokens, other.name_tokens
        # Most headlines share no name: the sets say so in C, before any token is looked at.
        if in_titles.isdisjoint(ours_names) and in_titles.isdisjoint(their_names):
            return 0.0
        if not any(
            (token in ours_names or token in their_names)
            and self._index.rarity(token) >= RARE_NAME
            and _subject_name(doc, token)
            and _subject_name(other, token)
            for token in in_titles
        ):
            return 0.0
        ours = doc.weights
        for token, weight in other.weights.items():
            mine = ours.get(token)
            if (
                mine is not None
                and max(mine, weight) >= LEAD_WEIGHT
                and token not in ours_names
                and token not in their_names
                and token not in TITLE_TOKENS
            ):
                return TITLE_NAME
        return 0.0

    def explain(self, doc: Doc, other: Doc) -> str:
        """Say in a line what two items share: a copied text, quotes, figures, words."""
        title = other.item.title
        if is_copy(doc, other):
            return f"copy of {title!r}"
        reasons: list[str] = []
        ours, theirs, idf = doc.weights, other.weights, self._index.idf
        # The tokens' keys are distinct (each holds its token), so sorting the keys gives the
        # order sorting by them did, without a call a token, whatever order the shared tokens
        # are met in (found by a set operation, in C).
        shared = sorted(
            (-ours[t] * theirs[t] * idf(t) ** 2, t) for t in ours.keys() & theirs.keys()
        )
        if shared:
            reasons.append("words " + ", ".join(doc.surface[t] for _, t in shared[:4]))
        quotes = [q for q in doc.quotes if any(quotes_match(q, o) for o in other.quotes)]
        if quotes:
            reasons.append(f"quote “{quotes[0]}”")
        figures = shared_figures(doc, other)
        if figures:
            reasons.append(f"{figures} figure(s)")
        names = sorted(doc.names & other.names)
        if names:
            reasons.append("names " + ", ".join(names[:3]))
        return f"{'; '.join(reasons)} shared with {title!r}"


def _subject_name(doc: Doc, token: str) -> bool:
    """Whether the item writes the word of `token` as a name (see names.subject_name)."""
    return subject_name(doc.surface.get(token), doc.dateline, doc.item.title, doc.item.text)
