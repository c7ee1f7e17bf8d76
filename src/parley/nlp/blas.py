"""The NER model's matrix products on numpy's BLAS, on one thread.

thinc multiplies through blis by default. The blis wheels (1.0.2 to 1.3.4 all tried) choose
blis's generic reference kernel when their CPU detection does not know the processor (the
development machine's AMD family 0x1A), and then spend three times what numpy's OpenBLAS,
which picks an AVX2 kernel at run time, spends on the same products (docs/performance.md,
"Matrix products"). parley runs one worker process per core, so numpy's BLAS gets one thread
unless ``OPENBLAS_NUM_THREADS`` says otherwise.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

import numpy
from spacy.language import Language
from thinc.api import NumpyOps

# Thread setters of the OpenBLAS builds numpy's wheels bundle (newest first).
_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads",
)


def use_numpy_blas(nlp: Language) -> None:
    """Make every model of ``nlp`` multiply with numpy (``NumpyOps(use_blis=False)``)."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    if "OPENBLAS_NUM_THREADS" not in os.environ:
        _one_thread()


def _one_thread() -> None:
    """Set numpy's bundled OpenBLAS to one thread (its default is one per core)."""
    for path in (Path(numpy.__file__).parent.parent / "numpy.libs").glob("*openblas*.so*"):
        lib = ctypes.CDLL(str(path))
        setter = next((getattr(lib, n) for n in _SETTERS if hasattr(lib, n)), None)
        if setter is not None:
            setter(1)
            return
