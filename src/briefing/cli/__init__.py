"""The `briefing` command: the click group (`main`) and one module per command family.

A front end: may import everything below it, and the TUI only inside the command that opens
it, so `today` and `digest` never load Textual.
"""
