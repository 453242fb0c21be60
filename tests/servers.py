"""A loopback HTTP/1.1 feed server for tests: good feeds and every fault fetch guards against.

`FeedServer` runs an asyncio server on 127.0.0.1 (ephemeral port) in a background thread,
so the code under test talks to it through the real network stack. Routes:

    /feed                    200 RSS with ETag and Last-Modified; 304 to matching validators
                             (?etag=, ?lm= set them; ?etag304= sends another ETag on 304;
                             ?bare=1 sends no validators on 304; ?delay=S waits first)
    /feed/<n>                200 RSS of its own for each n: two undated items, distinct guids
    /r/<code>/<rest>         redirect with <code> to /<rest> (chains: /r/301/r/308/feed)
    /to?code=&loc=           redirect to any Location (file:///etc/passwd, another host)
    /loop/a  /loop/b         redirect to each other forever
    /status/<code>           that status (?retry_after= adds Retry-After)
    /reset                   TCP reset instead of an answer
    /hang                    read the request, never answer
    /hang-body               headers and a few bytes, then silence
    /trickle                 one byte every ?interval= seconds (default 1)
    /truncated               Content-Length 1000, 500 bytes, close
    /short-cl                Content-Length shorter than the body sent
    /gzip /deflate /deflate-raw /gzip-chunked    the feed compressed
    /bomb                    ?mb= (default 20) MB of zeros, gzip-compressed (built at run time)
    /big                     ?mb= (default 50) MB plain; ?nolength=1 streams it without a length
    /charset                 Latin-1 bytes labelled UTF-8
    /empty                   200 with no body
    /html                    an HTML page instead of a feed

It counts requests in flight (in total and per Host) and connections opened, and records
every request's headers.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import struct
import threading
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

import pytest

FEED = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
    b"<title>Loopback Wire</title><link>http://127.0.0.1/</link>"
    b"<item><title>DUSHANBE (Loopback Wire). A test item.</title><guid>t-1</guid></item>"
    b"</channel></rss>\n"
)
"""Body of /feed and, compressed, of /gzip and friends."""
ETAG = '"v1"'
LAST_MODIFIED = "Mon, 06 Jan 2025 10:00:00 GMT"
HTML = b"<!DOCTYPE html><html><head><title>Not a feed</title></head><body>Hi</body></html>"
CHARSET_BODY = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
    "<title>Caf\u00e9 na\u00efve</title></channel></rss>"
).encode("latin-1")
"""Latin-1 bytes served as UTF-8: fetch must pass them through untouched."""

_bombs: dict[int, bytes] = {}


def numbered_feed(n: int) -> bytes:
    """The body of /feed/<n>: a small valid RSS whose items belong to feed n alone.

    The items carry no date, so they are dated when first seen and stay in any
    retention window.
    """
    items = "".join(
        f"<item><title>Numbered wire {n} reports item {k}</title>"
        f"<link>http://127.0.0.1/numbered/{n}/{k}</link><guid>numbered-{n}-{k}</guid>"
        f"<description>HALVIK (Numbered Wire {n}). Item {k} of feed {n}.</description></item>"
        for k in range(2)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Numbered Wire {n}</title><link>http://127.0.0.1/numbered/{n}</link>"
        f"{items}</channel></rss>\n"
    ).encode()


def gzip_bomb(megabytes: int) -> bytes:
    """`megabytes` MB of zeros, gzip-compressed chunk by chunk (never held uncompressed)."""
    if megabytes not in _bombs:
        packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        zeros = bytes(1024 * 1024)
        parts = [packer.compress(zeros) for _ in range(megabytes)]
        _bombs[megabytes] = b"".join([*parts, packer.flush()])
    return _bombs[megabytes]


@dataclass(frozen=True)
class SeenRequest:
    """One request as the server received it (header names lower-case)."""

    method: str
    path: str
    headers: dict[str, str]


class FeedServer:
    """The loopback server; `start()` and `stop()` it, or use the `feed_server` fixture."""

    def __init__(self) -> None:
        self.port = 0
        self.requests: list[SeenRequest] = []
        self.connections = 0
        self.inflight_max = 0
        self.inflight_max_by_host: Counter[str] = Counter()
        self._inflight = 0
        self._inflight_by_host: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def start(self) -> None:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0), self._loop
        ).result(5)
        self.port = self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def reset_stats(self) -> None:
        with self._lock:
            self.requests.clear()
            self.connections = self.inflight_max = 0
            self.inflight_max_by_host.clear()

    def seen(self, path_prefix: str) -> list[SeenRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith(path_prefix)]

    async def _shutdown(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        with self._lock:
            self.connections += 1
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                request_line, *lines = head.split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = {}
                for line in lines:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                host = headers.get("host", "").rsplit(":", 1)[0]
                with self._lock:
                    self.requests.append(SeenRequest(method, target, headers))
                    self._inflight += 1
                    self._inflight_by_host[host] += 1
                    self.inflight_max = max(self.inflight_max, self._inflight)
                    self.inflight_max_by_host[host] = max(
                        self.inflight_max_by_host[host], self._inflight_by_host[host]
                    )
                try:
                    keep_alive = await self._route(target, headers, writer)
                finally:
                    with self._lock:
                        self._inflight -= 1
                        self._inflight_by_host[host] -= 1
                if not keep_alive:
                    break
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        except asyncio.CancelledError:
            pass  # stop(): end quietly (asyncio's stream callback logs a cancelled handler)
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _route(self, target: str, headers: dict[str, str], w: asyncio.StreamWriter) -> bool:
        """Answer one request; return False when the connection must not be reused."""
        parts = urlsplit(target)
        path = parts.path
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if path == "/feed":
            await asyncio.sleep(float(query.get("delay", 0)))
            etag = f'"{query["etag"]}"' if "etag" in query else ETAG
            modified = query.get("lm", LAST_MODIFIED)
            inm, ims = headers.get("if-none-match"), headers.get("if-modified-since")
            if (inm is not None and inm == etag) or (inm is None and ims == modified):
                tags = {} if "bare" in query else {"ETag": etag, "Last-Modified": modified}
                if "etag304" in query and tags:
                    tags["ETag"] = f'"{query["etag304"]}"'
                await _send(w, 304, tags, b"")
            else:
                await _send(w, 200, {"ETag": etag, "Last-Modified": modified, **_RSS}, FEED)
        elif path.startswith("/feed/") and path[6:].isdigit():
            await _send(w, 200, _RSS, numbered_feed(int(path[6:])))
        elif path.startswith("/r/"):
            _, _, code, rest = path.split("/", 3)
            location = "/" + rest + (f"?{parts.query}" if parts.query else "")
            await _send(w, int(code), {"Location": location}, b"moved")
        elif path == "/to":
            await _send(w, int(query.get("code", 302)), {"Location": query["loc"]}, b"")
        elif path.startswith("/loop/"):
            other = "/loop/b" if path == "/loop/a" else "/loop/a"
            await _send(w, 302, {"Location": other}, b"")
        elif path.startswith("/status/"):
            status = int(path.rsplit("/", 1)[1])
            extra = {"Retry-After": query["retry_after"]} if "retry_after" in query else {}
            await _send(w, status, extra, b"status body")
        elif path == "/reset":
            sock = w.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            w.transport.abort()
            return False
        elif path == "/hang":
            await asyncio.sleep(3600)
        elif path == "/hang-body":
            w.write(_head(200, {"Content-Length": "100", **_RSS}) + FEED[:10])
            await w.drain()
            await asyncio.sleep(3600)
        elif path == "/trickle":
            w.write(_head(200, {"Content-Length": str(len(FEED)), **_RSS}))
            for byte in FEED:
                w.write(bytes([byte]))
                await w.drain()
                await asyncio.sleep(float(query.get("interval", 1)))
        elif path == "/truncated":
            w.write(_head(200, {"Content-Length": "1000", **_RSS}) + b"x" * 500)
            await w.drain()
            return False
        elif path == "/short-cl":
            w.write(_head(200, {"Content-Length": "10", **_RSS}) + FEED)
            await w.drain()
        elif path in ("/gzip", "/deflate", "/deflate-raw", "/gzip-chunked"):
            await _send_compressed(w, path)
        elif path == "/bomb":
            bomb = gzip_bomb(int(query.get("mb", 20)))
            await _send(w, 200, {"Content-Encoding": "gzip", **_RSS}, bomb)
        elif path == "/big":
            size = int(query.get("mb", 50)) * 1024 * 1024
            fields = {"Connection": "close"} if "nolength" in query else {}
            fields = fields or {"Content-Length": str(size)}
            w.write(_head(200, {**fields, **_RSS}))
            block = b"a" * (256 * 1024)
            for _ in range(size // len(block)):
                w.write(block)
                await w.drain()
            return "nolength" not in query
        elif path == "/charset":
            ctype = {"Content-Type": "application/rss+xml; charset=utf-8"}
            await _send(w, 200, ctype, CHARSET_BODY)
        elif path == "/empty":
            await _send(w, 200, _RSS, b"")
        elif path == "/html":
            await _send(w, 200, {"Content-Type": "text/html; charset=utf-8"}, HTML)
        else:
            await _send(w, 404, {}, b"no such route")
        return True


_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}


def _head(status: int, fields: dict[str, str]) -> bytes:
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Odd"
    lines = [f"HTTP/1.1 {status} {phrase}"]
    lines += [f"{name}: {value}" for name, value in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _send(w: asyncio.StreamWriter, status: int, fields: dict[str, str], body: bytes) -> None:
    if status != 304:
        fields = {**fields, "Content-Length": str(len(body))}
    w.write(_head(status, fields) + body)
    await w.drain()


async def _send_compressed(w: asyncio.StreamWriter, path: str) -> None:
    if path == "/deflate":
        await _send(w, 200, {"Content-Encoding": "deflate", **_RSS}, zlib.compress(FEED))
    elif path == "/deflate-raw":
        packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        raw = packer.compress(FEED) + packer.flush()
        await _send(w, 200, {"Content-Encoding": "deflate", **_RSS}, raw)
    elif path == "/gzip":
        await _send(w, 200, {"Content-Encoding": "gzip", **_RSS}, gzip.compress(FEED))
    else:
        data = gzip.compress(FEED)
        fields = {"Content-Encoding": "gzip", "Transfer-Encoding": "chunked", **_RSS}
        w.write(_head(200, fields))
        for i in range(0, len(data), 16):
            piece = data[i : i + 16]
            w.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        w.write(b"0\r\n\r\n")
        await w.drain()


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A fresh `FeedServer` on 127.0.0.1, stopped (every connection closed) after the test."""
    server = FeedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
