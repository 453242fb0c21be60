"""Run briefing as `python -m briefing`."""

from briefing.cli import main

main()
