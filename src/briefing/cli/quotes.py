"""`briefing quotes`: every quote on record, by speaker, by words, by time."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import click

from briefing.cli.common import State, handle_errors, parse_date, parse_since, say, write_out
from briefing.errors import UsageError


@click.command()
@click.option(
    "--speaker", metavar="NAME", help="Only this speaker's quotes (any form of the name)."
)
@click.option("--search", "words", metavar="WORDS", help="Only quotes holding all these words.")
@click.option("--since", metavar="DURATION", help="Only quotes reported in this window (24h, 7d).")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Only quotes reported on this day (UTC).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
)
@click.pass_obj
@handle_errors
def quotes(
    state: State,
    speaker: str | None,
    words: str | None,
    since: str | None,
    day: str | None,
    fmt: str,
) -> None:
    """List every quote on record, newest first, with its speaker, date, outlets and story.

    A speaker is found by any form of the name ("Putin", "Vladimir Putin", "President
    Putin"); the same quote from several outlets is one entry naming all of them.

    \b
    Examples:
      briefing quotes --speaker Putin --since 7d
      briefing quotes --search "interest rates" --format json
    """
    from briefing.pipeline import day_bounds, quote_archive
    from briefing.render.quotes import QuoteQuery, quotes_dict, quotes_markdown, quotes_text

    if since is not None and day is not None:
        raise UsageError("--since and --date cannot be used together: choose one")
    for option, value in (("--speaker", speaker), ("--search", words)):
        if value is not None and not any(c.isalnum() for c in value):
            raise UsageError(f"{option}: {value!r} has no letters or digits to look for")
    now = datetime.now(UTC)
    start = end = None
    if day is not None:
        start, end = day_bounds(parse_date(day))
    elif since is not None:
        start = parse_since(since, now)
        if start is None:
            raise UsageError("--since: 'last' is for digests; give a duration like 24h or 7d")
    config = state.config()
    with state.store() as store:
        found = quote_archive(config, store, speaker=speaker, words=words, start=start, end=end)
    query = QuoteQuery(speaker=speaker, words=words, start=start, end=end)
    if fmt == "json":
        payload = quotes_dict(found, query, now)
        write_out(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", what="the quotes")
        return
    if not found:
        say("no quotes on record match")
        return
    text = quotes_markdown(found, query) if fmt == "markdown" else quotes_text(found, query)
    write_out(text, what="the quotes")
