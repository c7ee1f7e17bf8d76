"""Ingest: read → clean → wire copies → analyse on an engine → store → resolve.

Each text is analysed once: an exact duplicate or a wire copy (``parley.copies``) of a text
already stored or on its way becomes another publication of that text. New texts go to the
engine in chunks, come back in order and are stored in batched transactions in which every
article lands whole with its facts, or not at all.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from parley import copies
from parley.clean import Article, NotAnArticle, clean
from parley.engines import Engine, Failed, Pending, open_engine
from parley.facts import Analysis
from parley.read import RawArticle, ReadError, read_paths
from parley.resolve import bulk
from parley.resolve.actors import resolve_actors, sightings_from_rows
from parley.resolve.meetings import reports_from_rows, resolve_meetings
from parley.store import Store

CHUNK = 16  # articles sent to a worker at a time (one nlp.pipe batch)
IN_FLIGHT = 2  # chunks out per worker; bounds memory whatever the corpus size
WRITE_BATCH = 64  # analysed articles stored per transaction (each article stays whole)


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    duplicate: int = 0  # the same text again
    copies: int = 0  # wire copies: a lightly edited printing of a stored text
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def articles(paths: Iterable[Path], summary: Summary) -> Iterator[Article]:
    """Read and clean every input; failures are recorded in ``summary``, never raised."""
    return cleaned(read_paths(paths), summary)


def cleaned(items: Iterable[RawArticle | ReadError], summary: Summary) -> Iterator[Article]:
    """Clean what was read; failures are recorded in ``summary``, never raised."""
    for item in items:
        summary.read += 1
        if isinstance(item, ReadError):
            summary.failures.append(Failure(item.source, item.reason))
            continue
        try:
            article = clean(item)
        except NotAnArticle as exc:
            summary.failures.append(Failure(item.source, str(exc)))
            continue
        except Exception as exc:  # an unforeseen input must not stop the batch
            summary.failures.append(Failure(item.source, f"could not clean: {exc!r}"))
            continue
        yield article


# -- analysis in order ----------------------------------------------------------------


@dataclass
class _Chunk:
    """New articles sent together, and the printings of stored texts read meanwhile."""

    articles: list[tuple[Article, bytes]] = field(default_factory=list)
    printed: list[tuple[str, Article, str]] = field(default_factory=list)  # id, printing, kind
    pending: Pending | None = None

    def results(self) -> list[Analysis | Failed]:
        return self.pending.result() if self.pending else []


class Analyser:
    """Sends new articles to an engine in chunks and hands the chunks back in order.

    At most ``IN_FLIGHT`` chunks per worker are out at once, so memory stays flat however many
    articles come in. A printing (duplicate or wire copy) rides with the chunk being filled:
    it comes back after the text it prints has been analysed.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._out: deque[_Chunk] = deque()
        self._open = _Chunk()

    def add(self, article: Article, signature: bytes) -> None:
        self._open.articles.append((article, signature))
        if len(self._open.articles) >= CHUNK:
            self._send()

    def add_printing(self, stored_id: str, article: Article, kind: str) -> None:
        self._open.printed.append((stored_id, article, kind))
        if len(self._open.printed) >= 4 * CHUNK:
            self._send()

    def ready(self) -> Iterator[_Chunk]:
        """Chunks to collect now to keep the number out within bounds."""
        while len(self._out) > IN_FLIGHT * self.engine.workers:
            yield self._out.popleft()

    def finish(self) -> Iterator[_Chunk]:
        """Every chunk still out, in order."""
        self._send()
        while self._out:
            yield self._out.popleft()

    def _send(self) -> None:
        chunk, self._open = self._open, _Chunk()
        if chunk.articles:
            chunk.pending = self.engine.submit([(a.text, a.published) for a, _ in chunk.articles])
        if chunk.articles or chunk.printed:
            self._out.append(chunk)


# -- storing in batches -----------------------------------------------------------------


class _Writer:
    """Stores analysed chunks ``WRITE_BATCH`` articles per transaction, counting outcomes."""

    def __init__(
        self, store: Store, summary: Summary, progress: Callable[[int], None] | None
    ) -> None:
        self.store, self.summary, self.progress = store, summary, progress
        self.failed: dict[str, str] = {}  # id of a text whose analysis failed -> its source
        self._new: list[tuple[Article, Analysis, bytes]] = []
        self._printed: list[tuple[str, Article, str]] = []

    def write(self, chunk: _Chunk) -> None:
        for (article, signature), result in zip(chunk.articles, chunk.results(), strict=True):
            if isinstance(result, Failed):
                self.failed[article.id] = article.source
                self._fail(article, result.reason)
            else:
                self._new.append((article, result, signature))
        for stored_id, article, kind in chunk.printed:
            if stored_id in self.failed:
                self._fail(article, f"{kind} of {self.failed[stored_id]}, which failed")
            else:
                self._printed.append((stored_id, article, kind))
        if len(self._new) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        new, printed = self._new, self._printed
        self._new, self._printed = [], []
        try:
            self.store.add_articles(new, [(i, a) for i, a, _ in printed])
        except Exception:  # find the article at fault: one transaction each
            new = [item for item in new if self._store_one(*item)]
            printed = [p for p in printed if self._print_one(*p)]
        self.summary.new += len(new)
        for _, _, kind in printed:
            if kind == "copy":
                self.summary.copies += 1
            else:
                self.summary.duplicate += 1
        if self.progress:
            self.progress(len(new) + len(printed))

    def _store_one(self, article: Article, analysis: Analysis, signature: bytes) -> bool:
        try:
            self.store.add_article(article, analysis)
            self.store.add_signatures([(article.id, signature)])
        except Exception as exc:
            self._fail(article, f"could not store: {exc}")
            return False
        return True

    def _print_one(self, stored_id: str, article: Article, kind: str) -> bool:
        try:
            self.store.add_publication(
                stored_id, article.source, article.outlet, article.published, article.url
            )
        except Exception as exc:
            self._fail(article, f"could not store: {exc}")
            return False
        return True

    def _fail(self, article: Article, reason: str) -> None:
        self.summary.failures.append(Failure(article.source, reason))
        if self.progress:
            self.progress(1)


# -- ingest -----------------------------------------------------------------------------


def copy_index(store: Store) -> copies.CopyIndex:
    """The wire-copy index of every stored text (signing texts stored without a signature)."""
    index = copies.CopyIndex()
    for article_id, blob in store.signatures():
        index.add(article_id, np.frombuffer(blob, dtype=np.uint32))
    unsigned = [(i, copies.signature(text)) for i, text in store.unsigned_texts()]
    for article_id, signature in unsigned:
        index.add(article_id, signature)
    if unsigned:
        store.add_signatures((i, sig.tobytes()) for i, sig in unsigned)
    return index


def ingest(
    paths: Iterable[Path],
    store: Store,
    workers: int | None = None,
    model: str | None = None,
    progress: Callable[[int], None] | None = None,
    engine: str = "local",
    address: str | None = None,
) -> Summary:
    """Ingest files and directories into ``store``; returns what happened to each input.

    ``engine`` runs the per-article pipeline: ``local`` (``workers`` processes, default every
    core) or ``ray`` (a local Ray instance, or the cluster at ``address``).
    """
    summary = Summary()
    index = copy_index(store)
    writer = _Writer(store, summary, progress)
    with open_engine(engine, workers, model, address) as runner:
        analyser = Analyser(runner)
        for article in articles(paths, summary):
            signature = copies.signature(article.text)
            if article.id in index:
                analyser.add_printing(article.id, article, "duplicate")
            elif match := index.find(signature):
                analyser.add_printing(match.article_id, article, "copy")
            else:
                index.add(article.id, signature)
                analyser.add(article, signature.tobytes())
            for chunk in analyser.ready():
                writer.write(chunk)
        for chunk in analyser.finish():
            writer.write(chunk)
        writer.flush()
    if summary.new:
        resolve(store)
    return summary


def resolve(store: Store) -> None:
    """Rebuild the canonical record (actors, meetings) from every stored article's facts."""
    with bulk():
        sightings = sightings_from_rows(store.actor_sighting_rows(), store.actor_role_rows())
        store.replace_actors(resolve_actors(sightings))
        del sightings
        reports = reports_from_rows(store.meeting_report_rows(), store.meeting_actor_rows())
        store.replace_meetings(resolve_meetings(reports))
