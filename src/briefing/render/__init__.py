"""Front-end renderers: rich for the terminal, plain text and Markdown for cron, JSON."""
