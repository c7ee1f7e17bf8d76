"""The local engine: this process for one worker, else a pool of spawned processes."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context

from spacy.language import Language

from parley import nlp
from parley.engines import Item, Result, analyse_chunk

_worker_nlp: Language | None = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    _worker_nlp = nlp.load(model)


def _run(chunk: Sequence[Item]) -> list[Result]:
    return analyse_chunk(_worker_nlp, chunk)


class _Later:
    """A chunk for the in-process worker, analysed when its result is asked for."""

    def __init__(self, chunk: Sequence[Item]) -> None:
        self.chunk = chunk

    def result(self) -> list[Result]:
        return _run(self.chunk)


class LocalEngine:
    """Runs the pipeline on ``workers`` local processes (default: every core)."""

    def __init__(self, workers: int | None = None, model: str | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.model = model
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
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
            self._pool.shutdown(cancel_futures=True)

    def submit(self, chunk: Sequence[Item]) -> Future[list[Result]] | _Later:
        if self._pool:
            return self._pool.submit(_run, list(chunk))
        return _Later(chunk)
