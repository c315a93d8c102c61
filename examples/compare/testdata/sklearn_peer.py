"""The peer of examples/compare -a -b in BenchmarkVersusScikitLearn, written for framediff.

It does what the Go program does with the tools a Python researcher would reach for:
scikit-learn's CountVectorizer (lowercase, its English stop list, words of two letters or
more), PyStemmer's Snowball English stemmer over the vocabulary, numpy for the log-odds
ratio with an informative Dirichlet prior (Monroe et al. 2008, alpha0 = 100) and the
Jensen-Shannon divergence, then prints the 12 terms leaning most to each side.

    python3 sklearn_peer.py a.txt b.txt
"""
import sys

import numpy as np
import Stemmer
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer


def main(path_a, path_b):
    texts = [open(path_a, encoding="utf-8").read(), open(path_b, encoding="utf-8").read()]
    cv = CountVectorizer(stop_words="english")
    x = cv.fit_transform(texts)  # 2 x vocabulary
    words = cv.get_feature_names_out()
    stems = Stemmer.Stemmer("english").stemWords(list(words))
    uniq, inverse = np.unique(stems, return_inverse=True)
    merge = sparse.csr_matrix((np.ones(len(words)), (np.arange(len(words)), inverse)), shape=(len(words), len(uniq)))
    counts = np.asarray((x @ merge).todense(), dtype=float)
    a, b = counts[0], counts[1]
    na, nb = a.sum(), b.sum()
    alpha0 = 100.0
    alpha = alpha0 * (a + b) / (na + nb)
    delta = np.log((a + alpha) / (na + alpha0 - a - alpha)) - np.log((b + alpha) / (nb + alpha0 - b - alpha))
    z = delta / np.sqrt(1 / (a + alpha) + 1 / (b + alpha))
    p, q = a / na, b / nb
    m = (p + q) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        js = 0.5 * np.nansum(np.where(p > 0, p * np.log2(p / m), 0)) + 0.5 * np.nansum(np.where(q > 0, q * np.log2(q / m), 0))
    order = np.argsort(-z)
    print(f"Jensen-Shannon divergence A vs B: {js:.4f} bits")
    for i in order[:12]:
        print(f"  {uniq[i]:<16} {int(a[i]):5d} {int(b[i]):5d} {z[i]:7.2f}")
    for i in order[::-1][:12]:
        print(f"  {uniq[i]:<16} {int(a[i]):5d} {int(b[i]):5d} {z[i]:7.2f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
