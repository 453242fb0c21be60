"""The quote archive: every quote of every stored item, by speaker and by words.

Quotes are written where summaries are saved (`archive_quotes`, called by
`queries.save_summaries` in the same transaction), so the archive holds exactly the
quotes of the summaries on record: a summary replaced replaces its quotes, a summary
dropped (its item corrected) or an item pruned takes them along (triggers and foreign
keys of schema migration 5). Speakers are kept once per name key (`speakers.py`), and
the quotes' text is in an FTS5 index, so a look-up by speaker or by words reads an
index, not every summary.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from briefing.models import Summary
from briefing.store.database import Store
from briefing.store.schema import dump_time, load_quotes
from briefing.store.speakers import NameForm, name_form, speakers_meant

_WORD = re.compile(r"\w+")
_CHUNK = 500


@dataclass(frozen=True)
class QuoteSource:
    """One outlet's report carrying a quote."""

    item_id: int
    feed: str
    title: str
    link: str | None
    published: datetime


@dataclass(frozen=True)
class ArchivedQuote:
    """One quote on record: the same words by one speaker from every outlet that carried them."""

    text: str
    speaker: str | None
    """The speaker's name in its fullest form on record, None when no one was named."""
    sources: tuple[QuoteSource, ...]
    """The reports carrying it, earliest first."""

    @property
    def published(self) -> datetime:
        """When the quote was first reported."""
        return self.sources[0].published


def quote_key(text: str) -> str:
    """The words of a quote, folded: two outlets' copies of one quote share it."""
    return " ".join(_WORD.findall(text.casefold()))


def archive_quotes(db: sqlite3.Connection, summaries: Mapping[int, Summary], version: int) -> None:
    """Put the quotes of these items' summaries in the archive, replacing what was there.

    Runs inside the caller's write transaction (the one saving the summaries).
    """
    ids = list(summaries)
    stale = _changed(db, summaries)
    for offset in range(0, len(stale), _CHUNK):
        chunk = stale[offset : offset + _CHUNK]
        db.execute(f"DELETE FROM quotes WHERE item_id IN ({','.join('?' * len(chunk))})", chunk)
    speaker_ids: dict[str, int] = {}
    rows: list[tuple[int, int, int | None, str, str]] = []
    for item_id in stale:
        for pos, quote in enumerate(summaries[item_id].quotes):
            speaker = None
            if quote.speaker and quote.speaker.strip():
                speaker = _speaker_id(db, name_form(quote.speaker), speaker_ids)
            rows.append((item_id, pos, speaker, quote.text, quote_key(quote.text)))
    top = db.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
    db.executemany(
        "INSERT INTO quotes(item_id, pos, speaker_id, text, norm) VALUES (?, ?, ?, ?, ?)", rows
    )
    db.execute(
        "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id > ?", (top,)
    )
    db.executemany(
        "INSERT INTO quoted_items(item_id, version) VALUES (?, ?)"
        " ON CONFLICT(item_id) DO UPDATE SET version = excluded.version",
        [(item_id, version) for item_id in ids],
    )


def _changed(db: sqlite3.Connection, summaries: Mapping[int, Summary]) -> list[int]:
    """Those of the items whose archived quotes differ from their summary's.

    A new summarizer version re-saves every summary, most with the same quotes; each
    quote left alone spares FTS5 a delete and an insert.
    """
    ids = list(summaries)
    held: dict[int, list[tuple[str, str | None]]] = {}
    for offset in range(0, len(ids), _CHUNK):
        chunk = ids[offset : offset + _CHUNK]
        rows = db.execute(
            "SELECT q.item_id, q.text, s.key FROM quotes q LEFT JOIN speakers s"
            f" ON s.id = q.speaker_id WHERE q.item_id IN ({','.join('?' * len(chunk))})"
            " ORDER BY q.item_id, q.pos",
            chunk,
        )
        for item_id, text, key in rows:
            held.setdefault(int(item_id), []).append((str(text), key))
    return [
        item_id
        for item_id, summary in summaries.items()
        if held.get(item_id, []) != [(q.text, _key_of(q.speaker)) for q in summary.quotes]
    ]


def _key_of(speaker: str | None) -> str | None:
    return name_form(speaker).key if speaker and speaker.strip() else None


def _speaker_id(db: sqlite3.Connection, form: NameForm, known: dict[str, int]) -> int:
    found = known.get(form.key)
    if found is None:
        row = db.execute("SELECT id FROM speakers WHERE key = ?", (form.key,)).fetchone()
        if row is None:
            row = db.execute(
                "INSERT INTO speakers(key, name, surname, given) VALUES (?, ?, ?, ?) RETURNING id",
                (form.key, form.display, form.surname, form.given),
            ).fetchone()
        found = known[form.key] = int(row[0])
    return found


def archive_pending(store: Store) -> int:
    """Archive the quotes of cached summaries the archive does not hold yet; return how many
    items.

    Summaries cached before the archive existed (or by a briefing that could not write
    it) are read once here, so upgrading a store keeps every quote on record.
    """
    if store.get_meta("quotes_archived") == "1":
        return 0
    done = 0
    while True:
        rows = store.db.execute(
            "SELECT s.item_id, s.version, s.data FROM summaries s"
            " LEFT JOIN quoted_items q ON q.item_id = s.item_id"
            " WHERE q.item_id IS NULL OR q.version != s.version LIMIT ?",
            (_CHUNK,),
        ).fetchall()
        if not rows:
            # From here on every summary saved is archived with it (save_summaries).
            store.set_meta("quotes_archived", "1")
            return done
        by_version: dict[int, dict[int, Summary]] = {}
        for item_id, version, data in rows:
            quotes = load_quotes(json.loads(data)["quotes"])
            by_version.setdefault(int(version), {})[int(item_id)] = Summary(
                None, None, "", quotes=quotes
            )
        with store.write() as db:
            for version, summaries in by_version.items():
                archive_quotes(db, summaries, version)
        done += len(rows)


def unsummarised(
    store: Store,
    version: int,
    feeds: Sequence[str],
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[int]:
    """Ids of these feeds' items published in [start, end) with no summary of this version
    (their quotes are not on record yet), newest first."""
    query = (
        "SELECT i.id FROM items i JOIN feeds f ON f.id = i.feed_id"
        f" WHERE f.name IN ({','.join('?' * len(feeds))}) AND NOT EXISTS"
        " (SELECT 1 FROM summaries s WHERE s.item_id = i.id AND s.version = ?)"
    )
    params: list[object] = [*feeds, version]
    if start is not None:
        query += " AND i.published >= ?"
        params.append(dump_time(start))
    if end is not None:
        query += " AND i.published < ?"
        params.append(dump_time(end))
    rows = store.db.execute(query + " ORDER BY i.published DESC", params)
    return [int(row[0]) for row in rows]


def speakers_named(store: Store, name: str) -> list[int]:
    """Ids of the speakers on record that `name` names, in any form (see `speakers.py`)."""
    query = name_form(name)
    rows = store.db.execute(
        "SELECT id, key, name, surname, given FROM speakers WHERE surname = ?", (query.surname,)
    ).fetchall()
    known = [(int(r[0]), NameForm(display=r[2], key=r[1], surname=r[3], given=r[4])) for r in rows]
    return speakers_meant(query, known)


def find_quotes(
    store: Store,
    *,
    feeds: Sequence[str],
    speaker: str | None = None,
    words: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[ArchivedQuote]:
    """Quotes on record from these feeds, newest first, optionally only a speaker's, only
    those whose text has all of `words` (prefixes), only those reported in [start, end).

    The same words by one speaker from several outlets are one entry with every report.
    """
    where = [f"f.name IN ({','.join('?' * len(feeds))})"]
    params: list[object] = list(feeds)
    if speaker is not None:
        ids = speakers_named(store, speaker)
        if not ids:
            return []
        where.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if words is not None:
        terms = _WORD.findall(words)
        if not terms:
            return []
        # Each word becomes a quoted prefix term, so user input never reaches FTS5 syntax.
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(" ".join(f'"{term}"*' for term in terms))
    if start is not None:
        where.append("i.published >= ?")
        params.append(dump_time(start))
    if end is not None:
        where.append("i.published < ?")
        params.append(dump_time(end))
    rows = store.db.execute(
        "SELECT q.text, q.norm, s.name, s.surname, s.given, i.id, f.name, i.title, i.link,"
        " i.published FROM quotes q JOIN items i ON i.id = q.item_id"
        " JOIN feeds f ON f.id = i.feed_id LEFT JOIN speakers s ON s.id = q.speaker_id"
        f" WHERE {' AND '.join(where)} ORDER BY i.published, i.id, q.pos",
        params,
    ).fetchall()
    return _entries(store, rows)


def _entries(store: Store, rows: Iterable[Sequence[object]]) -> list[ArchivedQuote]:
    """Rows (earliest first) folded into entries, newest first.

    One entry is one quote's words by one person: outlets naming the speaker in
    different forms ("Putin", "Vladimir Putin") share it by surname, and an outlet
    that named no one or only described the speaker ("a spokesman") joins the one
    person the others name.
    """
    texts: dict[tuple[str, str], str] = {}
    names: dict[tuple[str, str], tuple[str, int]] = {}
    sources: dict[tuple[str, str], dict[int, QuoteSource]] = {}
    for text, norm, name, surname, given, item_id, feed, title, link, published in rows:
        named = name is not None and str(name)[:1].isupper()
        group = (str(norm), str(surname) if named else "")
        texts.setdefault(group, str(text))
        # The fullest form is shown: a full name, else a surname, else a description.
        rank = 0 if name is None else 1 + int(named) + int(named and bool(given))
        if rank and rank > names.get(group, ("", 0))[1]:
            names[group] = (str(name), rank)
        # fromisoformat reads the stored "...Z" times ten times faster than strptime.
        when = datetime.fromisoformat(str(published))
        key = int(str(item_id))
        sources.setdefault(group, {}).setdefault(
            key, QuoteSource(key, str(feed), str(title), None if link is None else str(link), when)
        )
    by_words: dict[str, list[tuple[str, str]]] = {}
    for group in sources:
        by_words.setdefault(group[0], []).append(group)
    for groups in by_words.values():
        people = [g for g in groups if g[1]]
        if len(people) == 1 and len(groups) == 2:
            loose = next(g for g in groups if not g[1])
            merged = {**sources.pop(loose), **sources[people[0]]}
            sources[people[0]] = dict(sorted(merged.items(), key=lambda kv: kv[1].published))
            texts[people[0]] = texts[loose] if loose < people[0] else texts[people[0]]
    bare = {group[1] for group, (_, rank) in names.items() if rank == 2}
    full = _full_names(store, bare)
    entries = []
    for group, found in sources.items():
        name, rank = names.get(group, ("", 0))
        speaker = (full.get(group[1], name) if rank == 2 else name) or None
        entries.append(ArchivedQuote(texts[group], speaker, tuple(found.values())))
    entries.sort(key=lambda e: e.published, reverse=True)
    return entries


def _full_names(store: Store, surnames: set[str]) -> dict[str, str]:
    """For each surname, the full name of the one person of that surname on record (a quote
    recorded by surname alone is shown under it); surnames two people share are left out."""
    given_of: dict[str, set[str]] = {}
    longest: dict[str, str] = {}
    wanted = sorted(surnames)
    for offset in range(0, len(wanted), _CHUNK):
        chunk = wanted[offset : offset + _CHUNK]
        rows = store.db.execute(
            "SELECT surname, given, name FROM speakers WHERE given != ''"
            f" AND surname IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for surname, given, name in rows:
            given_of.setdefault(surname, set()).add(given)
            if len(name) > len(longest.get(surname, "")):
                longest[surname] = name
    return {surname: longest[surname] for surname, given in given_of.items() if len(given) == 1}
