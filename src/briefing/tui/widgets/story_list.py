"""The list of the day's stories: headline, outlets, time and an unread mark, in tag sections.

Beside the card (a wide terminal) a story takes two lines, its headline wrapped; above the
card (a narrow one, `compact`) it takes one: the headline cut with an ellipsis, the outlets
and the time in columns of their own, as a mail or feed reader lists its messages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.models import Story

UNREAD_MARK = "●"
"""Shown before an unread story's headline."""
UPDATED_MARK = "✚"
"""Shown instead before a story that grew since the reader opened it (briefing.changes)."""
UNTAGGED = "other"
"""Section of stories whose feeds have no tags."""


def section_of(story: Story) -> str:
    """The section a story is filed under: the first tag of its feeds."""
    return story.tags[0] if story.tags else UNTAGGED


class StoryList(OptionList):
    """The day's stories; keeps the cursor on the same story when the list is rebuilt."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First story", show=False, id="list.first"),
        Binding("G", "last", "Last story", show=False, id="list.last"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "story-list--mark",
        "story-list--read",
        "story-list--meta",
        "story-list--section",
    }

    @dataclass
    class Highlighted(Message):
        """The cursor moved to a story (None: the list is empty)."""

        story_id: str | None

    @dataclass
    class Chosen(Message):
        """The reader pressed Enter (or clicked) on a story."""

        story_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._story_ids: list[str | None] = []
        self.compact = False
        """One line per story (the screen sets it when the list sits above the card)."""
        self._is_updated: Callable[[Story], bool] = lambda story: False

    @property
    def story_ids(self) -> list[str]:
        """The stories shown, in order."""
        return [s for s in self._story_ids if s is not None]

    @property
    def highlighted_story(self) -> str | None:
        index = self.highlighted
        if index is None or index >= len(self._story_ids):
            return None
        return self._story_ids[index]

    def show(
        self,
        stories: Sequence[Story],
        is_unread: Callable[[Story], bool],
        *,
        keep: str | None = None,
        is_updated: Callable[[Story], bool] | None = None,
    ) -> None:
        """Replace the stories, grouped in sections, keeping the cursor on `keep` if present;
        a story `is_updated` says grew since the reader opened it carries UPDATED_MARK."""
        if is_updated is not None:
            self._is_updated = is_updated
        keep = keep if keep is not None else self.highlighted_story
        sections: dict[str, list[Story]] = {}
        for story in stories:
            sections.setdefault(section_of(story), []).append(story)
        options: list[Option] = []
        ids: list[str | None] = []
        many = len(sections) > 1
        for name, members in sections.items():
            if many:
                header = Text(
                    name.upper(),
                    style=self.get_component_rich_style("story-list--section", partial=True),
                )
                options.append(Option(header, disabled=True))
                ids.append(None)
            for story in members:
                options.append(Option(self._prompt(story, is_unread(story))))
                ids.append(story.id)
        row = self._cursor_row()
        self._story_ids = ids
        self.set_options(options)
        kept = keep is not None and keep in ids
        target = ids.index(keep) if kept else None
        if target is None:
            target = next((n for n, s in enumerate(ids) if s is not None), None)
        self.highlighted = target
        if target is None:
            self.post_message(self.Highlighted(None))
        elif row is not None and kept:
            # Stories that arrived above the cursor must not move it on the screen.
            line = self._index_to_line.get(target)
            if line is not None:
                self.scroll_to(y=max(0, line - row), animate=False, immediate=True)

    def _cursor_row(self) -> int | None:
        """The screen row of the highlighted story, relative to the top of the list."""
        if self.highlighted is None or not self._story_ids:
            return None
        line = self._index_to_line.get(self.highlighted)
        return None if line is None else line - round(self.scroll_y)

    def mark(self, story: Story, unread: bool) -> None:
        """Redraw one story's line after its read state changed."""
        for index, story_id in enumerate(self._story_ids):
            if story_id == story.id:
                self.replace_option_prompt_at_index(index, self._prompt(story, unread))

    def select_story(self, story_id: str) -> bool:
        """Move the cursor to a story; False when it is not in the list."""
        if story_id not in self._story_ids:
            return False
        self.highlighted = self._story_ids.index(story_id)
        return True

    def _prompt(self, story: Story, unread: bool) -> Table:
        """Mark in a column of its own, so a wrapped headline keeps its hanging indent."""
        count = len({item.feed for item in story.items})
        outlets = f"{count} outlet{'s' if count != 1 else ''}"
        mark_style = self.get_component_rich_style("story-list--mark", partial=True)
        meta_style = self.get_component_rich_style("story-list--meta", partial=True)
        title_style = (
            "bold" if unread else self.get_component_rich_style("story-list--read", partial=True)
        )
        updated = self._is_updated(story)
        sign = UPDATED_MARK if updated else UNREAD_MARK if unread else " "
        mark = Text(sign, style=mark_style)
        grid = Table.grid(expand=True)
        grid.add_column(width=2, no_wrap=True)
        if self.compact:
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            grid.add_column(width=11, no_wrap=True, justify="right")
            grid.add_column(width=7, no_wrap=True, justify="right")
            grid.add_row(
                mark,
                Text(story.title, style=title_style, no_wrap=True, overflow="ellipsis"),
                Text(outlets, style=meta_style),
                Text(f"{story.published:%H:%M}", style=meta_style),
            )
            return grid
        body = Text(story.title, style=title_style, overflow="fold")
        body.append("\n")
        body.append(f"{outlets} · {story.published:%H:%M}", meta_style)
        if updated:
            body.append(" · updated", mark_style)
        grid.add_column(ratio=1)
        grid.add_row(mark, body)
        return grid

    @on(OptionList.OptionHighlighted)
    def report_highlight(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(self.highlighted_story))

    @on(OptionList.OptionSelected)
    def report_choice(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        story_id = self.highlighted_story
        if story_id is not None:
            self.post_message(self.Chosen(story_id))
