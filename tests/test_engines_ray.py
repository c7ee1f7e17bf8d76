"""The Ray engine stores exactly what the local engine stores (local Ray instance)."""

from __future__ import annotations

import pytest
from test_engines import ingest_examples

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_and_local_engines_store_the_same(tmp_path, local_ray) -> None:
    local = ingest_examples(tmp_path / "local.duckdb", workers=1)
    on_ray = ingest_examples(tmp_path / "ray.duckdb", engine="ray")
    assert on_ray == local
