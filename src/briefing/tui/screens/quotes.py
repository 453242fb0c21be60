"""Every quote of the day, grouped by speaker; choosing one jumps to its story."""

from __future__ import annotations

from rich.text import Text

from briefing.tui.screens.listing import ListingScreen

UNATTRIBUTED = "Unattributed"


class QuotesScreen(ListingScreen):
    """The day's quotes by speaker, the most quoted first."""

    EMPTY = "No quotes today."

    def _by_speaker(self) -> dict[str, list[tuple[str, str, str]]]:
        found: dict[str, list[tuple[str, str, str]]] = {}
        for story in self.briefing.stories:
            for quote in story.quotes:
                speaker = quote.speaker or UNATTRIBUTED
                found.setdefault(speaker, []).append((quote.text, story.id, story.title))
        return found

    def title_text(self) -> Text:
        by_speaker = self._by_speaker()
        count = sum(len(q) for q in by_speaker.values())
        return Text(
            f"Quotes · {self.briefing.date:%a %d %b %Y} · {count} quotes from "
            f"{len(by_speaker)} speakers",
            style="bold",
        )

    def entries(self) -> list[tuple[Text, str | None]]:
        by_speaker = self._by_speaker()
        order = sorted(by_speaker, key=lambda s: (s == UNATTRIBUTED, -len(by_speaker[s]), s))
        lines: list[tuple[Text, str | None]] = []
        for speaker in order:
            header = Text(speaker, style="bold")
            header.append(f"  {len(by_speaker[speaker])}", "dim")
            lines.append((header, None))
            for text, story_id, title in by_speaker[speaker]:
                prompt = Text(f"  “{text.strip()}”", style="italic")
                prompt.append("\n    ")
                prompt.append(title, "dim")
                lines.append((prompt, story_id))
        return lines
