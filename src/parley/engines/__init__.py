"""Engines run the per-article work (the spaCy pipeline) somewhere and hand results back in order.

``local`` runs it in this process (1 worker) or a pool of local processes; ``ray`` runs it as
Ray tasks on a local Ray instance or a cluster. Every engine loads the pipeline once per
worker and returns, for each submitted chunk of (text, published) pairs, one ``Analysis`` or
``Failed`` per item, so both give the same results for the same articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from spacy.language import Language

from parley.analyse import analyse_many
from parley.facts import Analysis

Item = tuple[str, str | None]  # article text, publication date


@dataclass(frozen=True)
class Failed:
    """The pipeline failed on one article; ``reason`` says how."""

    reason: str


Result = Analysis | Failed


class Pending(Protocol):
    """A submitted chunk; ``result`` blocks until its results are there."""

    def result(self) -> list[Result]: ...


class Engine(Protocol):
    """Runs chunks of articles through the pipeline on ``workers`` workers."""

    workers: int

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...

    def submit(self, chunk: Sequence[Item]) -> Pending: ...


ENGINES = ("local", "ray")


def open_engine(
    name: str, workers: int | None = None, model: str | None = None, address: str | None = None
) -> Engine:
    """The engine called ``name``; ``address`` is a Ray cluster's (ray only)."""
    if name == "local":
        from parley.engines.local import LocalEngine

        return LocalEngine(workers, model)
    if name == "ray":
        from parley.engines.ray import RayEngine

        return RayEngine(workers, model, address)
    raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")


def analyse_chunk(nlp: Language, chunk: Sequence[Item]) -> list[Result]:
    """Analyse a chunk in one batch; if that fails, article by article, keeping each reason."""
    try:
        return list(analyse_many(nlp, chunk, batch_size=max(len(chunk), 1)))
    except Exception:
        return [_analyse_one(nlp, item) for item in chunk]


def _analyse_one(nlp: Language, item: Item) -> Result:
    try:
        return next(analyse_many(nlp, [item]))
    except Exception as exc:
        return Failed(f"analysis failed: {type(exc).__name__}: {exc}")
