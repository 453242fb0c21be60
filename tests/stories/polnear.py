"""Real coverage labelled by event: the 837 PolNeAR political articles, our stand-in for
issue #16's hidden set.

The texts are real US political news of November 2015 to September 2016 from seven
publishers (Breitbart, HuffPost, The New York Times, Politico, USA Today, The Washington
Post, Western Journalism), in ../shared/corpus/real/polnear-train/ as
`<publisher>_<date>_<slug>.txt` (the slug is the start of the real headline, cut at 32
characters). They stay there, their publishers' property: polnear_events.json beside this
module holds only keys made from the file names (publisher, date and a hash of the name:
no words of a headline) and labels of our own words.

**What one event is.** One happening in the world, at a time and place: a primary's
results, a debate, a speech, an endorsement, a candidate's exit, a ruling, an attack, a
report's release, a leak's publication, reported within a few days. Two articles are one
event when an editor building a news briefing would put them in one story: both are mainly
about that happening (the report of it, the reaction to it that day, a piece explaining
it). Not one event: the same topic on different happenings (two debates; the campaign in
general; a candidate's views), or an article that only mentions the happening in passing.
Most articles are alone in their event. Each article also has a kind: "report" (news of a
happening), "comment" (opinion, column, letters, analysis whose main content is argument)
or "feature" (profile, explainer, long read, newsletter not tied to one happening); comment
and feature articles have the event they are about, or their own.

**How the labels were made.** By hand, blind: before reading the clustering code or running
it. The articles were read in date order (the slug and the first 1,000 characters, more
where unsure); each got a short label of its happening, and within each window of a few
days the articles sharing a happening got one label (`2016-02-09
new-hampshire-primary-results`). A word-overlap pass of our own (not briefing's) then
listed close pairs in different events and distant pairs in one event, and the doubtful
ones were read again. Five texts are in the corpus twice under two dates or slugs (a
paper's print and web copies) and two nearly so (an updated story, two versions of a live
blog); each pair is one event.

**Counts.** 837 articles: 577 reports, 100 comments, 160 features; 694 events, 75 of them
with two or more articles, 282 same-event pairs. The reports alone: 577 articles, 470
events, 65 with two or more, 179 pairs. The biggest events are results nights, a shooting
and a ruling (Iowa's caucuses 8, the Orlando shooting 8, the March 15 primaries 7, the
FBI's decision not to charge Clinton 6) and the party conventions, which are labelled night
by night (the Republicans' opening night, their roll call, the acceptance speech; the
Democrats' four nights), not as one story each.

**Doubts** (calls an editor might make the other way):

- The eve of a vote and its results are two events (New Hampshire's last day of
  campaigning, its results); a preview published on the day of the vote joins the results.
- Next-day follow-ups join when they are the reaction (Sanders laying off staff the day
  after losing four of five primaries; Trump's answer to Clinton's acceptance speech), not
  when they look ahead (what Sanders must do after New Hampshire; after New York).
- A running controversy is split by happening when its days are far apart (Trump's attacks
  on Judge Curiel in early June, Republican leaders' condemnations a week later; Ryan not
  ready to back Trump, their meeting a week later), and joined when its happenings are a
  day apart and answer each other (Trump's call to watch mosques, his database remark and
  New York's mayor's reply; Ryan's refusal and the next day's announcement of a meeting).
- Fact-checks of a debate join the debate; a newsletter (HuffPost's morning email, AP's
  daily digest) is alone even when its first item is a day's big event.

Scored by tests/stories/test_polnear_events.py as issue #16's hidden coverage is, with one
change: the set has at most nine articles a day, too few to score a day alone, so it is
scored one calendar week (Monday to Sunday) at a time instead. An item's title is its
slug's words (the last dropped when the slug was cut at 32 characters, as it may be a
broken word) and its time the file's date at 12:00 UTC plus a fixed 0 to 6 hours for its
publisher.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from briefing.models import Item
from tests.conftest import SHARED
from tests.stories import coverage
from tests.stories.coverage import Piece, Scores

DATA = SHARED / "corpus" / "real" / "polnear-train"
"""The articles: `<publisher>_<date>_<slug>.txt`, body text only."""
LABELS = Path(__file__).with_name("polnear_events.json")
"""Key (see key) → {"event": our label, "kind": "report" | "comment" | "feature"}."""
KINDS = ("report", "comment", "feature")
PUBLISHERS = ("breitbart", "huff-post", "nyt", "politico", "usa-today", "wash-post", "west-journal")
SLUG_CUT = 32
"""The corpus cuts a headline's slug at this many characters, often inside a word."""


@dataclass(frozen=True)
class Label:
    """One article's event and kind."""

    event: str
    kind: str


def key(stem: str) -> str:
    """An article's key in the labels: its publisher, its date and a hash of its file
    name, so that no words of its headline are kept here."""
    publisher, day, _ = stem.split("_", 2)
    return f"{publisher}_{day}_{hashlib.sha1(stem.encode()).hexdigest()[:10]}"


def stems() -> list[str]:
    """The articles' file stems, read from ../shared (none when it is absent)."""
    return sorted(path.stem for path in DATA.glob("*.txt")) if DATA.is_dir() else []


def labels() -> dict[str, Label]:
    """Every article's label, by key."""
    raw: dict[str, dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))
    return {stem: Label(entry["event"], entry["kind"]) for stem, entry in raw.items()}


def parts(stem: str) -> tuple[str, date, str]:
    """A file stem's publisher, date and slug."""
    publisher, day, slug = stem.split("_", 2)
    return publisher, date.fromisoformat(day), slug


def title(stem: str) -> str:
    """The headline as far as the slug keeps it: its words, the last one dropped when the
    slug was cut (it may be a broken word), the first letter upper case."""
    words = parts(stem)[2].split("-")
    if len(parts(stem)[2]) >= SLUG_CUT and len(words) > 1:
        words = words[:-1]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def published(stem: str) -> datetime:
    """The file's date at noon UTC, plus 0 to 6 hours by publisher (always the same)."""
    publisher, day, _ = parts(stem)
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return noon + timedelta(hours=PUBLISHERS.index(publisher))


def pieces(kinds: Sequence[str] = KINDS) -> tuple[Piece, ...]:
    """The labelled articles of `kinds` as coverage pieces, in date order; none when
    ../shared is absent."""
    if not DATA.is_dir():
        return ()
    out = []
    labelled = labels()
    for stem in sorted(stems(), key=published):
        label = labelled[key(stem)]
        if label.kind not in kinds:
            continue
        hours = (published(stem) - coverage.T0) / timedelta(hours=1)
        text = (DATA / f"{stem}.txt").read_text(encoding="utf-8")
        out.append(Piece(label.event, parts(stem)[0], hours, title(stem), text))
    return tuple(out)


def reports() -> tuple[Piece, ...]:
    """The reports alone: comment and feature articles left out."""
    return pieces(("report",))


def at_own_times(set_: Sequence[Piece]) -> Scores:
    """(a) The whole set clustered at the articles' own times."""
    return coverage.scores(coverage.items(pieces=set_), set_)


def heavy(set_: Sequence[Piece]) -> Scores:
    """(c) The whole set squashed into one day, in date order (coverage.heavy)."""
    return coverage.scores(coverage.heavy(set_), set_)


@dataclass(frozen=True)
class Week:
    """One calendar week's items clustered alone: its Monday, its scores, its true pairs."""

    monday: date
    scores: Scores
    pairs: int


@dataclass(frozen=True)
class Weeks:
    """(b) The weeks' pair F1 (mean and worst over the weeks holding a true pair) and the
    worst pair precision of any week."""

    weeks: tuple[Week, ...]

    @property
    def scored(self) -> list[Week]:
        return [week for week in self.weeks if week.pairs]

    @property
    def mean_f1(self) -> float:
        return sum(week.scores.pair_f1 for week in self.scored) / len(self.scored)

    @property
    def worst_f1(self) -> Week:
        return min(self.scored, key=lambda week: week.scores.pair_f1)

    @property
    def worst_p(self) -> Week:
        return min(self.weeks, key=lambda week: week.scores.pair_p)

    def __str__(self) -> str:
        return (
            f"weeks={len(self.weeks)} with_pairs={len(self.scored)} "
            f"mean_f1={self.mean_f1:.3f} worst_f1={self.worst_f1.scores.pair_f1:.3f} "
            f"({self.worst_f1.monday}) worst_p={self.worst_p.scores.pair_p:.3f} "
            f"({self.worst_p.monday})"
        )


def by_week(items: Sequence[Item]) -> dict[date, list[Item]]:
    """The items grouped by the Monday of their publication week (UTC), weeks in order."""
    weeks: dict[date, list[Item]] = {}
    for item in items:
        day = item.published.date()
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(item)
    return dict(sorted(weeks.items()))


def per_week(set_: Sequence[Piece]) -> Weeks:
    """(b) Each calendar week's items clustered alone and scored against their events."""
    truth = coverage.gold(set_)
    weeks = []
    for monday, week in by_week(coverage.items(pieces=set_)).items():
        gold = {item.guid: truth[item.guid] for item in week}
        events = list(gold.values())
        pairs = sum(events.count(e) * (events.count(e) - 1) // 2 for e in set(events))
        weeks.append(Week(monday, coverage.score(coverage.clustered(week), gold), pairs))
    return Weeks(tuple(weeks))
