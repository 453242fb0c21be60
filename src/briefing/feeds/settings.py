"""How feeds and pages are fetched: limits, timeouts, headers (the client and fetcher share it)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing import __version__
from briefing.config import Config

DEFAULT_USER_AGENT = (
    f"briefing/{__version__} (+https://github.com/briefing-wire/briefing; terminal news reader)"
)
"""Names the tool and where to read about it, so a feed's owner knows who is calling."""

DEFAULT_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
"""Feed types first; anything else is still accepted (many feeds are served as text/html)."""


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how fast feeds are fetched."""

    concurrency: int = Config.concurrency
    """Most requests in flight at once (at most `BODIES_IN_FLIGHT` of them without a
    validator: `briefing.feeds.fetch`). At 100 ms latency a request waits on the
    network a hundred times longer than the event loop spends on it (about 1 ms of
    CPU), so the number in flight sets a refresh of 304s' pace until that CPU does
    (Little's law). 1,000 conditional GETs on 100 hosts with a client that spends no
    CPU (benchmarks/refresh_floor.py) took 1.11 s with 100 in flight, 0.67 s with 200
    (2 a host); briefing's first re-run of them, in the same runs as the code with
    100 and 6 a host, went from 1.65 to 1.26-1.46 s. Fetching the 1,000 bench feeds
    all on one host (per_host raised to match) took 3.6 s at 32, 1.9 s at 64, 1.4 s
    at 100, 1.2 s at 128 and 256."""
    per_host: int = Config.per_host
    """Most requests in flight to one host, so at most this many connections to it:
    two, as HTTP/1.1 (RFC 2616) asked of a client, polite to a small site serving
    many of the user's feeds. Spread over many hosts, `concurrency` keeps the wire
    busy all the same."""
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    """Longest silence while waiting for response bytes."""
    deadline: float = 60.0
    """Whole-feed budget in seconds: every redirect hop and the full body."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest body accepted, counted after decompression."""
    max_redirects: int = 5
    max_retry_after: float = 7 * 24 * 3600.0
    """A Retry-After further away than this (seconds) is cut to it."""
    user_agent: str = DEFAULT_USER_AGENT
    accept: str = DEFAULT_ACCEPT
    trust_env: bool = True
    """Honour HTTP(S)_PROXY, NO_PROXY and SSL_CERT_FILE from the environment."""

    def __post_init__(self) -> None:
        if self.concurrency < 1 or self.per_host < 1:
            raise ValueError("concurrency and per_host must be at least 1")
        if min(self.connect_timeout, self.read_timeout, self.deadline) <= 0:
            raise ValueError("timeouts must be positive")
        if self.max_bytes < 1 or self.max_redirects < 0:
            raise ValueError("max_bytes must be positive and max_redirects not negative")
