"""The NER model's matrix products on numpy's BLAS, on one thread.

thinc multiplies through blis by default. The blis wheels (1.0.2 to 1.3.4 all tried) choose
blis's generic reference kernel when their CPU detection does not know the processor (the
development machine's AMD family 0x1A), and then spend three times what numpy's OpenBLAS,
which picks an AVX2 kernel at run time, spends on the same products (docs/performance.md,
"Matrix products"). parley runs one worker process per core, so numpy's BLAS gets one thread
unless ``OPENBLAS_NUM_THREADS`` says otherwise (set with threadpoolctl, which knows the BLAS
builds of every platform).
"""

from __future__ import annotations

import os

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def use_numpy_blas(nlp: Language) -> None:
    """Make every model of ``nlp`` multiply with numpy (``NumpyOps(use_blis=False)``)."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    if "OPENBLAS_NUM_THREADS" not in os.environ:
        threadpool_limits(limits=1, user_api="blas")  # kept: not used as a context manager
