"""The embedded DuckDB store: articles, their facts, and the canonical record across them.

One transaction per article: an article and every fact it yields land together or not at
all. The schema is versioned in ``meta``; ``migrate`` brings an older file up to date.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from parley.facts import Analysis

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, text VARCHAR NOT NULL, published VARCHAR,
    outlet VARCHAR, credits VARCHAR[], url VARCHAR, source VARCHAR,
    original VARCHAR, offsets VARCHAR, sentences VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS publications (
    article_id VARCHAR NOT NULL, source VARCHAR NOT NULL, outlet VARCHAR,
    published VARCHAR, url VARCHAR, PRIMARY KEY (article_id, source)
);
CREATE TABLE IF NOT EXISTS copy_signatures (article_id VARCHAR PRIMARY KEY, signature BLOB);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR, label VARCHAR,
    sent_start INTEGER, sent_end INTEGER, actor_key VARCHAR
);
CREATE TABLE IF NOT EXISTS article_actors (
    article_id VARCHAR NOT NULL, key VARCHAR NOT NULL, name VARCHAR, type VARCHAR,
    mentions VARCHAR[], affiliation VARCHAR, actor_id VARCHAR,
    PRIMARY KEY (article_id, key)
);
CREATE TABLE IF NOT EXISTS roles (
    article_id VARCHAR NOT NULL, actor_key VARCHAR, text VARCHAR, start INTEGER,
    "end" INTEGER, affiliation VARCHAR, sent_start INTEGER, sent_end INTEGER
);
CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR, value VARCHAR,
    "begin" DATE, until DATE, anchor VARCHAR, sent_start INTEGER, sent_end INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR,
    kind VARCHAR, speaker_key VARCHAR, speaker_text VARCHAR, cue VARCHAR, channel VARCHAR,
    sent_start INTEGER, sent_end INTEGER
);
CREATE TABLE IF NOT EXISTS meeting_reports (
    article_id VARCHAR NOT NULL, idx INTEGER, trigger VARCHAR, start INTEGER, "end" INTEGER,
    participants VARCHAR[], parties VARCHAR[], location VARCHAR, date VARCHAR,
    "begin" DATE, until DATE, status VARCHAR, format VARCHAR, mode VARCHAR,
    sent_start INTEGER, sent_end INTEGER, evidence VARCHAR, meeting_id VARCHAR
);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, aliases VARCHAR[],
    affiliation VARCHAR, role VARCHAR, articles INTEGER, first_seen VARCHAR, last_seen VARCHAR
);
CREATE TABLE IF NOT EXISTS meetings (
    id VARCHAR PRIMARY KEY, label VARCHAR, status VARCHAR, date VARCHAR, "begin" DATE,
    until DATE, location VARCHAR, participants VARCHAR[], parties VARCHAR[],
    format VARCHAR, mode VARCHAR, reports INTEGER, disputed VARCHAR[]
);
"""

ARTICLE_COLUMNS = (
    "id, title, text, published, outlet, credits, url, source, original, offsets, sentences"
)
_BATCH_INSERT = {  # how add_articles inserts into each table (default: INSERT INTO table)
    "articles": f"INSERT INTO articles ({ARTICLE_COLUMNS})",
    "publications": "INSERT OR IGNORE INTO publications",
}
FACT_TABLES = ("mentions", "article_actors", "roles", "timexes", "quotes", "meeting_reports")


def default_path() -> Path:
    """``$PARLEY_DB``, else ``$XDG_DATA_HOME/parley/parley.duckdb`` (``~/.local/share``)."""
    if env := os.environ.get("PARLEY_DB"):
        return Path(env)
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "parley" / "parley.duckdb"


def memory_limit() -> str:
    """DuckDB's memory limit: ``$PARLEY_DUCKDB_MEMORY``, else 512MB (larger work spills to disk).

    Without a limit DuckDB caches up to 80 % of the machine's memory, so a long ingest
    would grow with the store instead of staying flat.
    """
    return os.environ.get("PARLEY_DUCKDB_MEMORY", "512MB")


class Store:
    """A parley store in one DuckDB file."""

    def __init__(
        self, path: str | Path | None = None, read_only: bool = False, wait: float = 10.0
    ) -> None:
        self.path = Path(path) if path else default_path()
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = _connect(self.path, read_only, wait)
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------

    def migrate(self) -> None:
        """Create the schema, or bring an older file up to ``SCHEMA_VERSION``."""
        with self.transaction():
            self.con.execute(SCHEMA)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    @property
    def schema_version(self) -> int:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- writing ----------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add_publication(
        self,
        article_id: str,
        source: str,
        outlet: str | None,
        published: str | None,
        url: str | None,
    ) -> None:
        """Record another printing of a stored text (a wire copy, or the same file again)."""
        self.con.execute(
            "INSERT OR IGNORE INTO publications VALUES (?, ?, ?, ?, ?)",
            [article_id, source, outlet, published, url],
        )

    def add_article(self, article: Any, analysis: Analysis) -> bool:
        """Store an article and its facts in one transaction; False if it was already there."""
        with self.transaction() as con:
            if self.has_article(article.id):
                self.add_publication(
                    article.id, article.source, article.outlet, article.published, article.url
                )
                return False
            con.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 11)})",
                _article_row(article, analysis),
            )
            self.add_publication(
                article.id, article.source, article.outlet, article.published, article.url
            )
            self._insert_facts(article.id, analysis)
        return True

    def _insert_facts(self, article_id: str, analysis: Analysis) -> None:
        for table, values in _fact_rows(article_id, analysis).items():
            if values:
                marks = ", ".join("?" * len(values[0]))
                self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)

    # -- publications: batched writes and wire-copy signatures ------------------------

    def add_articles(
        self,
        items: Sequence[tuple[Any, Analysis, bytes]],
        publications: Sequence[tuple[str, Any]] = (),
    ) -> None:
        """Store new articles with their facts and copy signatures, then ``publications``
        (``(stored article id, Article printed elsewhere)``), in ONE transaction.

        All or nothing, so every article stays whole; the caller has checked that the ids are
        new (a clash raises and stores nothing). Rows go in as Arrow tables, table by table.
        """
        rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for article, analysis, signature in items:
            rows["articles"].append(_article_row(article, analysis))
            rows["copy_signatures"].append((article.id, signature))
            for table, values in _fact_rows(article.id, analysis).items():
                rows[table].extend(values)
        printed = [(article.id, article) for article, _, _ in items] + list(publications)
        rows["publications"] = [(i, a.source, a.outlet, a.published, a.url) for i, a in printed]
        with self.transaction():
            for table, values in rows.items():
                if values:
                    self._insert_rows(table, values)

    def _insert_rows(self, table: str, values: list[tuple[Any, ...]]) -> None:
        columns = zip(*values, strict=True)
        data = pa.table({f"c{i}": pa.array(column) for i, column in enumerate(columns)})
        sql = _BATCH_INSERT.get(table, f"INSERT INTO {table}")
        self.con.register("_parley_rows", data)
        try:
            self.con.execute(f"{sql} SELECT * FROM _parley_rows")
        finally:
            self.con.unregister("_parley_rows")

    def add_signatures(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Record the copy signatures of stored articles."""
        self.con.executemany("INSERT OR REPLACE INTO copy_signatures VALUES (?, ?)", list(rows))

    def signatures(self, batch: int = 10_000) -> Iterator[tuple[str, bytes]]:
        """(article id, copy signature) of every signed stored article."""
        yield from self._stream("SELECT article_id, signature FROM copy_signatures", batch)

    def unsigned_texts(self, batch: int = 1_000) -> Iterator[tuple[str, str]]:
        """(id, text) of stored articles without a copy signature (stored before there were)."""
        sql = (
            "SELECT id, text FROM articles"
            " WHERE id NOT IN (SELECT article_id FROM copy_signatures) ORDER BY ingested_at"
        )
        yield from self._stream(sql, batch)

    def _stream(self, sql: str, batch: int) -> Iterator[tuple[Any, ...]]:
        cur = self.con.cursor()
        cur.execute(sql)
        while rows := cur.fetchmany(batch):
            yield from rows
        cur.close()

    def _stream_dicts(self, sql: str, batch: int = 10_000) -> Iterator[dict[str, Any]]:
        cur = self.con.cursor()
        cur.execute(sql)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(batch):
            for row in rows:
                yield dict(zip(names, row, strict=True))
        cur.close()

    # -- meetings ---------------------------------------------------------------------

    def meeting_report_rows(self) -> list[dict[str, Any]]:
        """Every stored meeting report with its article's publication date and outlet."""
        return self.query(
            """SELECT m.article_id, m.idx, m.participants, m.parties, m.location, m.date,
                      CAST(m."begin" AS VARCHAR) AS "begin", CAST(m.until AS VARCHAR) AS until,
                      m.status, m.format, m.mode, a.published, a.outlet
               FROM meeting_reports m JOIN articles a ON a.id = m.article_id
               ORDER BY m.article_id, m.idx"""
        )

    def meeting_actor_rows(self) -> list[dict[str, Any]]:
        """The actors of every article that reports a meeting."""
        return self.query(
            """SELECT x.article_id, x.key, x.name, x.type, x.affiliation, x.actor_id
               FROM article_actors x
               WHERE x.article_id IN (SELECT DISTINCT article_id FROM meeting_reports)"""
        )

    def replace_meetings(self, meetings: Iterable[Any]) -> None:
        """Replace the canonical meetings and link every report to its meeting, at once."""
        meetings = list(meetings)
        links = [(m.id, a, i) for m in meetings for a, i in m.reports]
        with self.transaction() as con:
            con.execute("DELETE FROM meetings")
            con.execute("UPDATE meeting_reports SET meeting_id = NULL")
            if meetings:
                self._insert_rows(
                    "meetings",
                    [
                        (
                            m.id,
                            m.label,
                            m.status,
                            m.date,
                            _date(m.begin),
                            _date(m.until),
                            m.location,
                            m.participants,
                            m.parties,
                            m.format,
                            m.mode,
                            len(m.reports),
                            m.disputed,
                        )
                        for m in meetings
                    ],
                )
                mids, articles, idxs = zip(*links, strict=True)
                con.register(
                    "_parley_links",
                    pa.table({"mid": list(mids), "article_id": list(articles), "idx": list(idxs)}),
                )
                try:
                    con.execute(
                        """UPDATE meeting_reports SET meeting_id = l.mid FROM _parley_links l
                           WHERE meeting_reports.article_id = l.article_id
                             AND meeting_reports.idx = l.idx"""
                    )
                finally:
                    con.unregister("_parley_links")

    # -- actors -----------------------------------------------------------------------

    def actor_sighting_rows(self) -> Iterator[dict[str, Any]]:
        """Every article's actors with the article's date and the affiliation's name (read
        in batches: one row at a time is held as a dictionary)."""
        return self._stream_dicts(
            """SELECT x.article_id, x.key, x.name, x.type, x.mentions,
                      coalesce(f.name, x.affiliation) AS affiliation, a.published
               FROM article_actors x JOIN articles a ON a.id = x.article_id
               LEFT JOIN article_actors f
                    ON f.article_id = x.article_id AND f.key = x.affiliation"""
        )

    def actor_role_rows(self) -> Iterator[dict[str, Any]]:
        """Every role with its article's date and the affiliation's name (in batches)."""
        return self._stream_dicts(
            """SELECT r.article_id, r.actor_key, r.text,
                      coalesce(f.name, r.affiliation) AS affiliation, a.published
               FROM roles r JOIN articles a ON a.id = r.article_id
               LEFT JOIN article_actors f
                    ON f.article_id = r.article_id AND f.key = r.affiliation
               ORDER BY r.article_id, r.start"""
        )

    def replace_actors(self, actors: Iterable[Any]) -> None:
        """Replace the canonical actors and link every article's actor to its one, at once."""
        actors = list(actors)
        links = [(a.id, art, key) for a in actors for art, key in a.members]
        with self.transaction() as con:
            con.execute("DELETE FROM actors")
            con.execute("UPDATE article_actors SET actor_id = NULL")
            if not actors:
                return
            self._insert_rows(
                "actors",
                [
                    (a.id, a.name, a.type, a.aliases, a.affiliation, a.role, a.articles)
                    + (a.first_seen, a.last_seen)
                    for a in actors
                ],
            )
            ids, articles, keys = zip(*links, strict=True)
            con.register(
                "_parley_actor_links",
                pa.table({"aid": list(ids), "article_id": list(articles), "key": list(keys)}),
            )
            try:
                con.execute(
                    """UPDATE article_actors SET actor_id = l.aid FROM _parley_actor_links l
                       WHERE article_actors.article_id = l.article_id
                         AND article_actors.key = l.key"""
                )
            finally:
                con.unregister("_parley_actor_links")

    # -- reading ----------------------------------------------------------------------

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read query as dictionaries."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "publications", *FACT_TABLES, "actors", "meetings")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _article_row(article: Any, analysis: Analysis) -> tuple[Any, ...]:
    """The ``articles`` row (``ARTICLE_COLUMNS``) of an article."""
    return (
        article.id,
        article.title,
        article.text,
        article.published,
        article.outlet,
        list(article.credits),
        article.url,
        article.source,
        article.original,
        json.dumps(article.offsets),
        json.dumps(analysis.sentences),
    )


def _fact_rows(article_id: str, analysis: Analysis) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of each fact table for one article's analysis."""
    return {
        "mentions": [
            (article_id, m.start, m.end, m.text, m.label, m.sent_start, m.sent_end, m.actor_key)
            for m in analysis.mentions
        ],
        "article_actors": [
            (article_id, a.key, a.name, a.type, a.mentions, a.affiliation, None)
            for a in analysis.actors
        ],
        "roles": [
            (
                article_id,
                r.actor_key,
                r.text,
                r.start,
                r.end,
                r.affiliation,
                r.sent_start,
                r.sent_end,
            )
            for r in analysis.roles
        ],
        "timexes": [
            (
                article_id,
                t.start,
                t.end,
                t.text,
                t.value,
                _date(t.begin),
                _date(t.until),
                t.anchor,
                t.sent_start,
                t.sent_end,
            )
            for t in analysis.timexes
        ],
        "quotes": [
            (
                article_id,
                i,
                q.start,
                q.end,
                q.text,
                q.kind,
                q.speaker,
                q.speaker_text,
                q.cue,
                q.channel,
                q.sent_start,
                q.sent_end,
            )
            for i, q in enumerate(analysis.quotes)
        ],
        "meeting_reports": [
            (
                article_id,
                i,
                m.trigger,
                m.start,
                m.end,
                m.participants,
                m.parties,
                m.location,
                m.date,
                _date(m.begin),
                _date(m.until),
                m.status,
                m.format,
                m.mode,
                m.sent_start,
                m.sent_end,
                json.dumps({k: asdict(v) for k, v in m.evidence.items()}),
                None,
            )
            for i, m in enumerate(analysis.meetings)
        ],
    }


def _connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting up to ``wait`` seconds while another process holds its lock."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(
                str(path), read_only=read_only, config={"memory_limit": memory_limit()}
            )
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(0.2)


def _date(value: str | None) -> str | None:
    """A full ISO date for a DATE column, or None for partial or missing dates."""
    return value if value and len(value) == 10 and "X" not in value else None
