"""Every figure of the day with what it measures, under its story; choosing one jumps there."""

from __future__ import annotations

from rich.text import Text

from briefing.tui.screens.listing import ListingScreen


class FiguresScreen(ListingScreen):
    """The day's figures, story by story in briefing order."""

    EMPTY = "No figures today."

    def title_text(self) -> Text:
        count = sum(len(story.figures) for story in self.briefing.stories)
        return Text(f"Figures · {self.briefing.date:%a %d %b %Y} · {count} figures", style="bold")

    def entries(self) -> list[tuple[Text, str | None]]:
        lines: list[tuple[Text, str | None]] = []
        for story in self.briefing.stories:
            if not story.figures:
                continue
            lines.append((Text(story.title, style="bold"), None))
            for figure in story.figures:
                prompt = Text("  ")
                prompt.append(figure.text, "bold")
                prompt.append("  ")
                prompt.append(figure.context or "—")
                lines.append((prompt, story.id))
            for note in story.disagreements:
                lines.append((Text(f"  ⚠ outlets disagree: {note}"), story.id))
        return lines
