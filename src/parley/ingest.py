"""Ingest: read → clean → analyse on every core → store, one transaction per article."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from parley.analyse import analyse_many
from parley.clean import Article, NotAnArticle, clean
from parley.facts import Analysis
from parley.read import ReadError, read_paths
from parley.store import Store

CHUNK = 8  # articles sent to a worker at a time
BATCH = 512  # articles held in memory between reading and storing


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def articles(paths: Iterable[Path], summary: Summary) -> Iterator[Article]:
    """Read and clean every input; failures are recorded in ``summary``, never raised."""
    for item in read_paths(paths):
        summary.read += 1
        if isinstance(item, ReadError):
            summary.failures.append(Failure(item.source, item.reason))
            continue
        try:
            yield clean(item)
        except NotAnArticle as exc:
            summary.failures.append(Failure(item.source, str(exc)))


# -- workers ------------------------------------------------------------------------

_worker_nlp = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    from parley import nlp

    _worker_nlp = nlp.load(model)


def _analyse_chunk(items: list[tuple[str, str | None]]) -> list[Analysis | Failure]:
    """Analyse a chunk in one batch; if that fails, article by article, keeping the reason."""
    try:
        return list(analyse_many(_worker_nlp, items))
    except Exception:
        return [_analyse_one(text, published) for text, published in items]


def _analyse_one(text: str, published: str | None) -> Analysis | Failure:
    try:
        return next(analyse_many(_worker_nlp, [(text, published)]))
    except Exception as exc:
        return Failure("", f"analysis failed: {type(exc).__name__}: {exc}")


class Analyser:
    """Analyses batches of articles, in order, on ``workers`` processes (1 = this process).

    Worker processes start once and load the pipeline once; use as a context manager.
    """

    def __init__(self, workers: int, model: str | None = None) -> None:
        self.workers = workers
        self.model = model
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Analyser:
        if self.workers > 1:
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.model,),
            )
        else:
            _init_worker(self.model)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool:
            self._pool.shutdown()

    def __call__(self, batch: Iterable[Article]) -> Iterator[tuple[Article, Analysis | Failure]]:
        batch = list(batch)
        payload = [
            [(a.text, a.published) for a in batch[i : i + CHUNK]]
            for i in range(0, len(batch), CHUNK)
        ]
        results = (
            self._pool.map(_analyse_chunk, payload) if self._pool else map(_analyse_chunk, payload)
        )
        analyses = (analysis for chunk in results for analysis in chunk)
        yield from zip(batch, analyses, strict=True)


def ingest(
    paths: Iterable[Path],
    store: Store,
    workers: int | None = None,
    model: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Ingest files and directories into ``store``; returns what happened to each input."""
    summary = Summary()
    workers = workers or os.cpu_count() or 1
    batch: dict[str, Article] = {}
    with Analyser(workers, model) as analyser:
        for article in articles(paths, summary):
            if store.has_article(article.id) or article.id in batch:
                summary.duplicate += 1
                store.add_publication(
                    article.id, article.source, article.outlet, article.published, article.url
                )
                if progress:
                    progress(1)
                continue
            batch[article.id] = article
            if len(batch) >= BATCH:
                _store_batch(analyser(batch.values()), store, summary, progress)
                batch.clear()
        _store_batch(analyser(batch.values()), store, summary, progress)
    if summary.new:
        resolve(store)
    return summary


def resolve(store: Store) -> None:
    """Rebuild the canonical record (actors, meetings) from every stored article's facts."""


def _store_batch(
    results: Iterable[tuple[Article, Analysis | Failure]],
    store: Store,
    summary: Summary,
    progress: Callable[[int], None] | None,
) -> None:
    for article, analysis in results:
        if isinstance(analysis, Failure):
            summary.failures.append(Failure(article.source, analysis.reason))
            continue
        try:
            if store.add_article(article, analysis):
                summary.new += 1
            else:
                summary.duplicate += 1
        except Exception as exc:  # a store error for one article must not stop the batch
            summary.failures.append(Failure(article.source, f"could not store: {exc}"))
        if progress:
            progress(1)
