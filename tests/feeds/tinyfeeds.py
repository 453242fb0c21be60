"""Feeds of many tiny items, built at test time: the huge feeds of issue #13."""

from __future__ import annotations

import json


def tiny_rss(items: int, *, closed: bool = True, ttl: str | None = None) -> bytes:
    """RSS with `items` tiny items numbered 0.. (30 bytes each); unclosed = malformed."""
    head = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Huge</title>'
    head += f"<ttl>{ttl}</ttl>" if ttl is not None else ""
    body = "".join(f"<item><title>{k}</title></item>" for k in range(items))
    return (head + body + ("</channel></rss>\n" if closed else "")).encode()


def tiny_atom(items: int) -> bytes:
    entries = "".join(f"<entry><title>{k}</title><id>e{k}</id></entry>" for k in range(items))
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Huge</title>{entries}</feed>'
    ).encode()


def tiny_json(items: int) -> bytes:
    listed = [{"id": str(k), "title": str(k)} for k in range(items)]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": listed}).encode()
