"""Experiment: does a linear relevance filter trained on SATP dev rows beat the rules on held-out? (issue #3)

Usage: .venv/bin/python benchmarks/relevance_model_satp.py [--data DIR] [--folds 5]

Needs scikit-learn, which is not a project dependency (`pip install scikit-learn` into the venv first); the
script says so and exits when it is missing. It trains TF-IDF (words and word pairs, punctuation removed so
that the set's punctuation artefact cannot leak) + logistic regression on the dev half only, picks the
regularisation and the decision rule by cross-validation inside dev, and reports held-out F1 once for: the
rules alone, the model alone, and "rules AND model" (a paragraph is relevant when the rules find a main
violent event and the model agrees). Nothing is written: the weights are not shipped, because SATP text is
licensed for research use only and the model learns SATP's own relevance convention (docs/extraction.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from extract_relevance_satp import DEFAULT_DATA, SETS, Row, is_relevant, read_rows, strip_punctuation

from waqia.extract.rules import build_extractor
from waqia.model import Article, make_article_id

REGULARISATION = (0.3, 1.0, 3.0, 10.0)
# 0.5 alone is "model alone"; lower thresholds are used with the rules ("rules AND p > threshold").
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)


def f1_of(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    options = parser.parse_args()
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold
    except ImportError:
        print("skipped: scikit-learn is not installed (pip install scikit-learn to run this experiment)")
        return 0
    path = options.data / SETS["terrorism"][0]
    if not path.exists():
        print(f"skipped: {path} is absent (the SATP reference data lives in ../shared/data)")
        return 0
    rows = read_rows(path, true_value="TRUE")
    extractor = build_extractor()
    articles = [Article(article_id=make_article_id(url=None, text=row.text), text=row.text) for row in rows]
    rules = [is_relevant(mentions) for _, mentions in extractor.extract_many(articles)]
    dev = [index for index, row in enumerate(rows) if row.half == "dev"]
    held_out = [index for index, row in enumerate(rows) if row.half == "held-out"]

    def texts_of(indices: Sequence[int], source: Sequence[Row] = rows) -> list[str]:
        return [strip_punctuation(source[index].text).lower() for index in indices]

    def fit(indices: Sequence[int], regularisation: float) -> tuple[TfidfVectorizer, LogisticRegression]:
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        features = vectorizer.fit_transform(texts_of(indices))
        model = LogisticRegression(C=regularisation, max_iter=2000)
        model.fit(features, [rows[index].relevant for index in indices])
        return vectorizer, model

    def decide(index: int, probability: float, threshold: float) -> bool:
        if threshold >= 0.5:
            return probability > 0.5
        return rules[index] and probability > threshold

    folds = StratifiedKFold(options.folds, shuffle=True, random_state=0)
    scores: dict[tuple[float, float], float] = {}
    for regularisation in REGULARISATION:
        probabilities: dict[int, float] = {}
        for train, test in folds.split(dev, [rows[index].relevant for index in dev]):
            vectorizer, model = fit([dev[i] for i in train], regularisation)
            tested = [dev[i] for i in test]
            predicted = model.predict_proba(vectorizer.transform(texts_of(tested)))[:, 1]
            probabilities.update(zip(tested, predicted, strict=True))
        for threshold in THRESHOLDS:
            scores[(regularisation, threshold)] = f1_of(
                [rows[index].relevant for index in dev],
                [decide(index, probabilities[index], threshold) for index in dev],
            )
    regularisation, threshold = max(scores, key=lambda key: scores[key])
    vectorizer, model = fit(dev, regularisation)
    held_probabilities = model.predict_proba(vectorizer.transform(texts_of(held_out)))[:, 1]
    gold = [rows[index].relevant for index in held_out]
    print(f"chosen on dev ({options.folds}-fold CV): C={regularisation}, threshold={threshold}")
    print(f"  dev CV F1 of the chosen rule: {scores[(regularisation, threshold)]:.3f}")
    print(f"  held-out F1 rules alone:      {f1_of(gold, [rules[index] for index in held_out]):.3f}")
    print(f"  held-out F1 model alone:      {f1_of(gold, [p > 0.5 for p in held_probabilities]):.3f}")
    combined = [decide(i, p, threshold) for i, p in zip(held_out, held_probabilities, strict=True)]
    print(f"  held-out F1 chosen rule:      {f1_of(gold, combined):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
