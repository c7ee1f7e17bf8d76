"""The NER model multiplies with numpy's BLAS (``parley.nlp.blas``), and gets the same products."""

import os

import numpy
import pytest
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from parley.nlp import MODEL_DIR, base_pipeline

needs_model = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no model")


@needs_model
def test_models_use_numpy_gemm():
    nlp = base_pipeline()
    for name in ("tok2vec", "ner"):
        for node in nlp.get_pipe(name).model.walk():
            assert isinstance(node.ops, NumpyOps) and not node.ops.use_blis


def test_numpy_gemm_matches_blis():
    rng = numpy.random.default_rng(0)
    x, y = rng.random((64, 288), dtype="f"), rng.random((96, 288), dtype="f")
    ours = NumpyOps(use_blis=False).gemm(x, y, trans2=True)
    assert numpy.allclose(ours, NumpyOps().gemm(x, y, trans2=True), rtol=1e-5)


@needs_model
@pytest.mark.skipif("OPENBLAS_NUM_THREADS" in os.environ, reason="the user chose the threads")
def test_numpy_blas_runs_on_one_thread_once_the_model_is_loaded():
    base_pipeline()
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)
