"""The Ray engine: each chunk of articles is a Ray task on a local Ray instance or a cluster.

Ray reuses its worker processes, and ``parley.nlp.load`` caches the pipeline per process, so
each worker loads the model once. Every node needs parley (and the model) installed; the store
stays with the driver, which alone writes it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from parley.engines import Item, Result, analyse_chunk


def _run(model: str | None, chunk: Sequence[Item]) -> list[Result]:
    from parley import nlp

    return analyse_chunk(nlp.load(model), chunk)


class _Ref:
    def __init__(self, ref: Any) -> None:
        self.ref = ref

    def result(self) -> list[Result]:
        import ray

        return ray.get(self.ref)


class RayEngine:
    """Runs the pipeline as Ray tasks; without ``address`` on a local instance of ``workers``
    CPUs, with one (``ray://host:10001``, ``host:6379`` or ``auto``) on that cluster."""

    def __init__(
        self, workers: int | None = None, model: str | None = None, address: str | None = None
    ) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.model = model
        self.address = address
        self._started = False
        self._task: Any = None

    def __enter__(self) -> RayEngine:
        import ray

        if not ray.is_initialized():
            if self.address:
                ray.init(address=self.address, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
            self._started = True
        if self.address:
            self.workers = max(int(ray.cluster_resources().get("CPU", 1)), 1)
        self._task = ray.remote(num_cpus=1)(_run)
        return self

    def __exit__(self, *exc: object) -> None:
        import ray

        if self._started:
            ray.shutdown()

    def submit(self, chunk: Sequence[Item]) -> _Ref:
        return _Ref(self._task.remote(self.model, list(chunk)))
