"""briefing.codec: the models' JSON forms, kept (store rows, day cache) and shown (the CLI's JSON).

The shown forms are checked byte for byte against JSON written out by hand here, as the
front ends write it (`json.dumps(..., ensure_ascii=False, indent=2)`); the kept forms
against rows in the form briefing wrote before the codec existed (`json.dumps` with its
spaces, figures of seven items), which a store upgraded in place still holds.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import msgspec
import pytest

from briefing import codec
from briefing.models import (
    Changes,
    Digest,
    DigestEntry,
    FeedStatus,
    Figure,
    Item,
    MovedFigure,
    Quote,
    Story,
    Summary,
)
from briefing.render.export import changes_dict, digest_dict, feed_dict, story_dict
from briefing.store.schema import load_quotes, load_summary
from briefing.summarize import summary_to_dict

T1 = datetime(2026, 11, 27, 9, 5, tzinfo=UTC)
T2 = datetime(2026, 11, 27, 11, 40, 30, tzinfo=UTC)
FIRST = Item(
    feed="Quay Wire",
    guid="urn:quay:1",
    key="urn:quay:1",
    title="Tolls rise on the Varn bridge",
    link="https://quay.example/varn",
    published=T1,
    text="unused",
)
SECOND = Item(
    feed="Fenn Post",
    guid="https://fenn.example/a?id=7",
    key="https://fenn.example/a",
    title="Varn bridge toll up – drivers \u201cfurious\u201d",
    link=None,
    published=T2,
    text="unused",
)
STORY = Story(
    id="urn:quay:1",
    title="Tolls rise on the Varn bridge",
    lead="VARNHOLM (Quay Wire) \u2014 Tolls rose 12% on Monday.",
    dateline="VARNHOLM",
    source="Quay Wire",
    quotes=(Quote("We pay twice", "Ilse Brandt", 40, 52),),
    figures=(
        Figure("12%", 12.0, "percent", "tolls", 20, 23, None, "up"),
        Figure("about 4,000 cars", 4000.0, "count", "cars a day", 60, 76, "about"),
    ),
    items=(FIRST, SECOND),
    tags=("transport",),
    disagreements=("cars a day: 4,000 (Quay Wire) vs 3,500 (Fenn Post)",),
    why=("shares: toll, varn, bridge",),
    outlets=2,
    quote_sources=(("Quay Wire", "Fenn Post"),),
    figure_sources=(("Quay Wire",),),  # the second figure's feeds were never recorded
)

STORY_JSON = """{
  "id": "urn:quay:1",
  "title": "Tolls rise on the Varn bridge",
  "lead": "VARNHOLM (Quay Wire) — Tolls rose 12% on Monday.",
  "dateline": "VARNHOLM",
  "source": "Quay Wire",
  "published": "2026-11-27T11:40:30Z",
  "tags": [
    "transport"
  ],
  "outlets": 2,
  "quotes": [
    {
      "text": "We pay twice",
      "speaker": "Ilse Brandt",
      "feeds": [
        "Quay Wire",
        "Fenn Post"
      ]
    }
  ],
  "figures": [
    {
      "text": "12%",
      "value": 12.0,
      "unit": "percent",
      "context": "tolls",
      "qualifier": null,
      "change": "up",
      "feeds": [
        "Quay Wire"
      ]
    },
    {
      "text": "about 4,000 cars",
      "value": 4000.0,
      "unit": "count",
      "context": "cars a day",
      "qualifier": "about",
      "change": null,
      "feeds": []
    }
  ],
  "disagreements": [
    "cars a day: 4,000 (Quay Wire) vs 3,500 (Fenn Post)"
  ],
  "why": [
    "shares: toll, varn, bridge"
  ],
  "sources": [
    {
      "feed": "Quay Wire",
      "title": "Tolls rise on the Varn bridge",
      "link": "https://quay.example/varn",
      "published": "2026-11-27T09:05:00Z"
    },
    {
      "feed": "Fenn Post",
      "title": "Varn bridge toll up – drivers “furious”",
      "link": null,
      "published": "2026-11-27T11:40:30Z"
    }
  ],
  "items": [
    {
      "guid": "urn:quay:1",
      "feed": "Quay Wire",
      "title": "Tolls rise on the Varn bridge",
      "link": "https://quay.example/varn",
      "published": "2026-11-27T09:05:00Z"
    },
    {
      "guid": "https://fenn.example/a?id=7",
      "feed": "Fenn Post",
      "title": "Varn bridge toll up – drivers “furious”",
      "link": null,
      "published": "2026-11-27T11:40:30Z"
    }
  ]
}"""


def _shown(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def test_a_story_is_shown_as_the_json_contract_says_byte_for_byte() -> None:
    assert _shown(story_dict(STORY)) == STORY_JSON


def test_a_summary_is_shown_as_summarize_prints_it() -> None:
    summary = Summary("VARNHOLM", "Quay Wire", "Tolls rose 12%.", STORY.quotes, STORY.figures)
    assert json.dumps(summary_to_dict(summary), ensure_ascii=False) == (
        '{"dateline": "VARNHOLM", "source": "Quay Wire", "lead": "Tolls rose 12%.", '
        '"quotes": [{"text": "We pay twice", "speaker": "Ilse Brandt", "start": 40, "end": 52}], '
        '"figures": [{"text": "12%", "value": 12.0, "unit": "percent", "context": "tolls", '
        '"qualifier": null, "change": "up", "start": 20, "end": 23}, '
        '{"text": "about 4,000 cars", "value": 4000.0, "unit": "count", "context": "cars a day", '
        '"qualifier": "about", "change": null, "start": 60, "end": 76}]}'
    )


def test_changes_and_feeds_are_shown_as_before() -> None:
    changes = Changes(
        new_outlets=("Fenn Post",),
        moved_figures=(MovedFigure("10%", 10.0, STORY.figures[0]),),
        new_quotes=STORY.quotes,
    )
    assert json.dumps(changes_dict(changes), ensure_ascii=False) == (
        '{"new_outlets": ["Fenn Post"], "moved_figures": [{"context": "tolls", "unit": "percent", '
        '"from": {"text": "10%", "value": 10.0}, "to": {"text": "12%", "value": 12.0, '
        '"unit": "percent", "context": "tolls", "qualifier": null, "change": "up"}}], '
        '"new_figures": [], "new_quotes": [{"text": "We pay twice", "speaker": "Ilse Brandt"}]}'
    )
    feed = FeedStatus("Quay Wire", "https://quay.example/rss", "error", "HTTP 503", 4, None, 3)
    assert feed_dict(feed) == {
        "name": "Quay Wire",
        "url": "https://quay.example/rss",
        "status": "error",
        "error": "HTTP 503",
        "last_error": "HTTP 503",
        "items": 4,
        "last_fetched": None,
        "consecutive_failures": 3,
    }


def test_a_digest_gives_each_story_whole_with_its_kind_new_items_and_changes() -> None:
    entry = DigestEntry(STORY, "updated", (SECOND,), Changes(new_outlets=("Fenn Post",)))
    digest = Digest(since=T1, generated_at=T2, entries=(entry,), failing=())
    out = json.dumps(digest_dict(digest), ensure_ascii=False, indent=2)
    assert out.startswith(
        '{\n  "since": "2026-11-27T09:05:00+00:00",\n  "generated_at": "2026-11-27T11:40:30+00:00",'
    )
    (story,) = json.loads(out)["stories"]
    assert story == json.loads(STORY_JSON) | {
        "digest": "updated",
        "new_items": ["https://fenn.example/a?id=7"],
        "changes": {
            "new_outlets": ["Fenn Post"],
            "moved_figures": [],
            "new_figures": [],
            "new_quotes": [],
        },
    }


# A day cache row and a stored summary exactly as briefing wrote them before this module.
OLD_DAY = (
    '[{"id": "urn:quay:1", "title": "Tolls rise on the Varn bridge", "lead": "VARNHOLM (Quay '
    'Wire) \u2014 Tolls rose 12% on Monday.", "dateline": "VARNHOLM", "source": "Quay Wire", '
    '"quotes": [["We pay twice", "Ilse Brandt", 40, 52]], "figures": [["12%", 12.0, "percent", '
    '"tolls", 20, 23, null, "up"], ["about 4,000 cars", 4000.0, "count", "cars a day", 60, 76, '
    '"about"]], "items": [["Quay Wire", "urn:quay:1"], ["Fenn Post", "https://fenn.example/a"]], '
    '"tags": ["transport"], "disagreements": ["cars a day: 4,000 (Quay Wire) vs 3,500 (Fenn '
    'Post)"], "why": ["shares: toll, varn, bridge"], "outlets": 2, "quote_sources": [["Quay '
    'Wire", "Fenn Post"]], "figure_sources": [["Quay Wire"]]}]'
)
OLD_SUMMARY = (
    '{"dateline": null, "source": null, "lead": "Exports fell 3.5%.", "quotes": [], '
    '"figures": [["3.5%", -3.5, "percent", "exports", 13, 17, null]]}'
)
ITEMS = {(i.feed, i.key): i for i in (FIRST, SECOND)}


def test_a_day_cached_before_the_codec_reads_as_the_same_stories() -> None:
    assert codec.load_stories(OLD_DAY, ITEMS) == (STORY,)
    assert codec.load_stories(codec.dump_stories([STORY]), ITEMS) == (STORY,)


def test_a_summary_stored_before_the_codec_still_reads() -> None:
    summary = load_summary(OLD_SUMMARY)
    assert summary.figures == (Figure("3.5%", -3.5, "percent", "exports", 13, 17, None, None),)
    assert load_summary(codec.dump_summary(summary)) == summary
    assert load_quotes(json.loads(OLD_DAY)[0]["quotes"]) == STORY.quotes


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"outlets": 2', '"outlets": "2"'),
        ('["We pay twice", "Ilse Brandt", 40, 52]', '{"text": "We pay twice"}'),
        ('"tags": ["transport"]', '"tags": "transport"'),
        ('"why": [', '"whys": ['),
    ],
)
def test_a_cached_day_of_another_form_is_refused_not_misread(old: str, new: str) -> None:
    """The day cache is read into typed rows: a row of another form is a ValueError (the day
    is rebuilt) where a dict read by key took "2" for a count of outlets."""
    assert old in OLD_DAY
    with pytest.raises(ValueError):
        codec.load_stories(OLD_DAY.replace(old, new), ITEMS)


def test_a_stored_summary_of_another_form_is_refused_not_misread() -> None:
    with pytest.raises(ValueError):
        load_summary(OLD_SUMMARY.replace('"lead": "Exports fell 3.5%."', '"lead": 35'))
    with pytest.raises(ValueError):
        load_summary(OLD_SUMMARY.replace("13, 17", '"13", 17'))


@pytest.mark.parametrize(
    ("model", "forms"),
    [
        (Quote, (codec.QuoteRow, codec.SummaryQuote)),
        (Figure, (codec.FigureRow, codec.SummaryFigure)),
        (Summary, (codec.StoredSummary, codec.ShownSummary)),
        (Story, (codec.CachedStory,)),
    ],
)
def test_every_field_of_a_model_has_its_place_in_each_form(
    model: type, forms: tuple[type[msgspec.Struct], ...]
) -> None:
    """A field added to a model and forgotten in its JSON forms fails here, not in a user's
    cache."""
    names = {f.name for f in dataclasses.fields(model)}
    for form in forms:
        assert names <= {f.name for f in msgspec.structs.fields(form)}, form
