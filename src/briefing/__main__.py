"""Run briefing as `python -m briefing`."""

from briefing.cli.main import main

main()
