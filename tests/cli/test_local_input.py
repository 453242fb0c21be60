"""Bad local input: OPML that attacks or is not OPML, missing files, broken or foreign stores,
a full disk and a read-only data dir. Each gives one clear line and exit 2, and the
user's data is left as it was (a corrupt store is moved aside, never deleted).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest

from briefing.config import feed_block, load_config
from briefing.errors import StoreError
from briefing.models import Feed
from briefing.pipeline import refresh
from briefing.store.database import open_store
from tests.clirun import one_line, run, tmpfs
from tests.conftest import write_config
from tests.feedgen import write_feeds

NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'# my feeds\ndata_dir = "{tmp_path / "data"}"\n\n'
        + feed_block(Feed("Kept", "http://127.0.0.1:9/kept.xml")),
        encoding="utf-8",
    )
    return path


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<opml version="2.0"><body><outline text="&lol9;" xmlUrl="http://127.0.0.1/lol"/></body></opml>
"""


def _xxe(secret: Path) -> bytes:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE opml [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<opml version="2.0"><body>'
        '<outline text="&xxe;" xmlUrl="http://127.0.0.1/xxe"/></body></opml>\n'
    ).encode()


def _external_dtd(secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE opml SYSTEM "file://{secret}">\n'
        '<opml version="2.0"><body><outline text="a" xmlUrl="http://127.0.0.1/a"/></body></opml>\n'
    ).encode()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"just some words, not XML at all\n", "not an OPML file"),
        (b"<!DOCTYPE html><html><body><p>a page</p></body></html>", "DTD"),
        (b"<html><body><p>a page</p></body></html>", "not an OPML file"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "not an OPML file"),
        (b'<opml version="2.0"><body><outline text="x"', "not an OPML file"),
        (b"\xff\xfe\x00\x00garbage", "not an OPML file"),
        (b"", "not an OPML file"),
        (BILLION_LAUGHS, "refused OPML with a DTD or entities"),
    ],
    ids=["text", "html-doctype", "html", "rss", "truncated", "binary", "empty", "billion-laughs"],
)
def test_bad_opml_exits_2_with_one_line_and_config_untouched(
    config: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    before = config.read_bytes()
    opml = tmp_path / "list.opml"
    opml.write_bytes(content)
    code, out, err = run(config, "import-opml", str(opml))
    assert (code, out) == (2, "")
    line = one_line(err)
    assert words in line and str(opml) in line
    assert config.read_bytes() == before


@pytest.mark.parametrize("build", [_xxe, _external_dtd], ids=["xxe", "external-dtd"])
def test_opml_with_external_entities_is_refused_and_reads_nothing(
    config: Path, tmp_path: Path, build: Callable[[Path], bytes]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER\n")
    before = config.read_bytes()
    opml = tmp_path / "list.opml"
    opml.write_bytes(build(secret))
    code, out, err = run(config, "import-opml", str(opml))
    assert (code, out) == (2, "")
    assert "refused OPML with a DTD or entities" in one_line(err)
    assert "TOP-SECRET-MARKER" not in err
    assert config.read_bytes() == before


def test_opml_outlines_with_unsafe_links_or_commands_are_ignored_and_nothing_runs(
    config: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    opml = tmp_path / "list.opml"
    opml.write_text(
        f"""<?xml version="1.0"?>
<opml version="2.0"><head><title>x</title></head><body>
  <outline text="js" xmlUrl="javascript:alert(1)"/>
  <outline text="js spaced" xmlUrl="  JaVaScRiPt:alert(1)"/>
  <outline text="local" xmlUrl="file:///etc/passwd"/>
  <outline text="data" xmlUrl="data:text/xml;base64,PHJzcz4="/>
  <outline text="vb" xmlUrl="vbscript:msgbox(1)"/>
  <outline text="script" type="script" script="touch {marker}" xmlUrl="exec:touch {marker}"/>
  <outline text="shell" type="shell" command="touch {marker}" url="touch {marker}"/>
  <outline text="Safe $(touch {marker}) `touch {marker}`" type="rss"
           xmlUrl="http://127.0.0.1:9/feed?q=$(touch%20{marker})"/>
  <outline text="Plain" xmlUrl="https://127.0.0.1:9/plain.xml"/>
</body></opml>
""",
        encoding="utf-8",
    )
    code, _, err = run(config, "import-opml", str(opml))
    assert code == 0, err
    assert "imported 2 feeds" in err
    feeds = load_config(config).feeds
    assert [f.url for f in feeds] == [
        "http://127.0.0.1:9/kept.xml",
        f"http://127.0.0.1:9/feed?q=$(touch%20{marker})",
        "https://127.0.0.1:9/plain.xml",
    ]
    assert feeds[1].name == f"Safe $(touch {marker}) `touch {marker}`"
    code, out, _ = run(config, "feeds", "list")
    assert code == 0 and f"$(touch {marker})" in out
    assert "# my feeds" in config.read_text()
    assert not marker.exists()


def test_export_opml_escapes_names_and_urls_and_reads_back(tmp_path: Path) -> None:
    names = ['Tom & Jerry <Daily> "News"', "it's <script>alert(1)</script>", "a]]>b &amp; c"]
    urls = [
        "http://127.0.0.1:9/a?x=1&y=2",
        'http://127.0.0.1:9/b?q="quoted"&z=<3>',
        "http://127.0.0.1:9/c",
    ]
    config = tmp_path / "c.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n\n'
        + "\n".join(
            feed_block(Feed(n, u, tags=("world & <more>",)))
            for n, u in zip(names, urls, strict=True)
        ),
        encoding="utf-8",
    )
    code, out, err = run(config, "export-opml")
    assert code == 0, err
    root = SafeTree.fromstring(out.encode(), forbid_dtd=True)
    outlines = root.findall("./body/outline")
    assert [o.get("title") for o in outlines] == names
    assert [o.get("text") for o in outlines] == names
    assert [o.get("xmlUrl") for o in outlines] == urls
    assert {o.get("category") for o in outlines} == {"world & <more>"}
    # And the export imports again into a fresh config unchanged.
    exported = tmp_path / "out.opml"
    exported.write_text(out, encoding="utf-8")
    fresh = tmp_path / "fresh.toml"
    fresh.write_text(f'data_dir = "{tmp_path / "data2"}"\n', encoding="utf-8")
    code, _, err = run(fresh, "import-opml", str(exported))
    assert code == 0, err
    assert [(f.name, f.url) for f in load_config(fresh).feeds] == list(
        zip(names, urls, strict=True)
    )


def test_missing_files_exit_2_with_one_line(config: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.opml"
    code, _, err = run(config, "import-opml", str(missing))
    assert code == 2 and str(missing) in one_line(err)
    code, _, err = run(config, "summarize", str(tmp_path / "nope.txt"))
    assert code == 2 and "nope.txt" in one_line(err)
    code, _, err = run(tmp_path / "no-config.toml", "today", "--no-refresh")
    assert code == 2 and "config file not found" in one_line(err)


@pytest.fixture
def served(tmp_path: Path, serve_dir: Callable[[Path], str]) -> Path:
    """A config of three loopback feeds whose store holds one refresh."""
    pairs = write_feeds(tmp_path / "site", 3, items=5)
    base = serve_dir(tmp_path / "site")
    config = write_config(
        tmp_path / "served.toml",
        [(name, base + file) for name, file in pairs],
        tmp_path / "data",
        retention_days=36500,
    )
    code, _, err = run(config, "refresh")
    assert code == 0, err
    return config


def _database(config: Path) -> Path:
    return load_config(config).data_dir / "briefing.sqlite3"


def test_corrupt_store_through_the_cli_is_moved_aside_and_the_next_run_works(
    served: Path,
) -> None:
    database = _database(served)
    database.write_bytes(b"garbage, not SQLite " * 500)
    code, out, err = run(served, "feeds", "list")
    assert (code, out) == (2, "")
    assert "corrupt" in one_line(err) and "moved it aside" in err
    aside = list(database.parent.glob("briefing.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"garbage, not SQLite")
    code, _, err = run(served, "refresh")
    assert code == 0, err
    code, out, _ = run(served, "feeds", "list", "--format", "json")
    assert code == 0 and '"items": 5' in out


def test_a_store_damaged_past_its_header_gives_one_line_not_a_traceback(served: Path) -> None:
    database = _database(served)
    size = database.stat().st_size
    assert size > 8192
    with database.open("r+b") as handle:  # keep page 1 (the header), scribble over the rest
        handle.seek(4096)
        handle.write(b"\xa5" * (size - 4096))
    code, out, err = run(
        served, "today", "--no-refresh", "--format", "json", "--date", "2026-11-27"
    )
    assert (code, out) == (2, "")
    assert "corrupt" in one_line(err) and "moved it aside" in err
    aside = list(database.parent.glob("briefing.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].stat().st_size == size, "the damaged store was lost"
    code, _, err = run(served, "refresh")
    assert code == 0, err
    assert _integrity(database) == "ok"


def test_foreign_sqlite_file_through_the_cli_is_refused_untouched(config: Path) -> None:
    database = load_config(config).data_dir / "briefing.sqlite3"
    database.parent.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(database)) as other:
        other.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)")
        other.execute("INSERT INTO photos(path) VALUES ('holiday.jpg')")
        other.commit()
    before = database.read_bytes()
    for args in (("feeds", "list"), ("refresh",), ("digest",)):
        code, out, err = run(config, *args)
        assert (code, out) == (2, "")
        assert "not a briefing store" in one_line(err)
    assert database.read_bytes() == before
    assert sorted(p.name for p in database.parent.iterdir()) == ["briefing.sqlite3"]


def _integrity(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_full_store_gives_a_store_error_and_stays_sound(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    pairs = write_feeds(tmp_path / "site", 20, items=40)
    base = serve_dir(tmp_path / "site")
    config = load_config(
        write_config(
            tmp_path / "c.toml",
            [(name, base + file) for name, file in pairs],
            tmp_path / "data",
            retention_days=36500,
        )
    )
    database = config.data_dir / "briefing.sqlite3"
    with open_store(database) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        # Room for the empty schema and a few feeds, not for all 800 items.
        store.db.execute(f"PRAGMA max_page_count = {pages + 30}")
        with pytest.raises(StoreError, match="full"):
            refresh(config, store, now=NOW)
    assert _integrity(database) == "ok"
    with open_store(database) as store:
        report = refresh(config, store, now=NOW)
    assert len(report.failed) == 0 and _integrity(database) == "ok"


def test_a_full_disk_gives_one_clear_line_and_no_corruption(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    pairs = write_feeds(tmp_path / "site", 30, items=60)
    base = serve_dir(tmp_path / "site")
    with tmpfs(tmp_path / "disk", "400k") as disk:
        config = write_config(
            tmp_path / "c.toml",
            [(name, base + file) for name, file in pairs],
            disk / "data",
            retention_days=36500,
        )
        code, out, err = run(config, "refresh")
        assert (code, out) == (2, "")
        assert "full" in one_line(err)
        database = disk / "data" / "briefing.sqlite3"
        copy = tmp_path / "copy.sqlite3"
        with (
            contextlib.closing(sqlite3.connect(database)) as db,
            contextlib.closing(sqlite3.connect(copy)) as target,
        ):
            db.backup(target)
        assert _integrity(copy) == "ok"
        code, _, err = run(config, "feeds", "list")
        assert code == 0, err


def _chattr(flag: str, *paths: Path) -> bool:
    try:
        done = subprocess.run(
            ["chattr", flag, *map(str, paths)], capture_output=True, timeout=10, check=False
        )
    except OSError:
        return False
    return done.returncode == 0


def test_a_read_only_data_dir_gives_one_clear_line_and_no_corruption(served: Path) -> None:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed: as root, chmod cannot make a dir read-only")
    database = _database(served)
    frozen = [database.parent, *database.parent.iterdir()]
    if not _chattr("+i", *frozen):
        pytest.skip("this file system does not support the immutable attribute")
    try:
        before = database.read_bytes()
        code, out, err = run(served, "refresh")
        assert (code, out) == (2, "")
        assert "store" in one_line(err)
        code, out, err = run(
            served, "today", "--no-refresh", "--format", "json", "--date", "2026-11-27"
        )
        assert code in (0, 2), err
        if code == 2:
            assert "store" in one_line(err)
        assert database.read_bytes() == before
    finally:
        _chattr("-i", *frozen)
    assert _integrity(database) == "ok"
    assert run(served, "refresh")[0] == 0
