"""The interactive briefing (Textual); imported only by `briefing tui`."""
