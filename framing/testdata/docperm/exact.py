#!/usr/bin/python3
"""Exact permutation distributions of the document-level test (framing.DocumentTest).

Written for framediff's tests, independently of the Go code: documents are given by their
word counts; for each term, t = (r_A - r_B) / sqrt(v_A + v_B) with r = sum(x)/sum(n) and
v = m/(m-1) * sum((x - r n)^2) / sum(n)^2 over a side's m documents. Two-sided p is the
share of all C(m_A+m_B, m_A) arrangements of the side labels whose |t| reaches the observed
one, compared exactly in rational arithmetic (t^2 = d^2/v as a Fraction; v = 0 with d != 0
is infinite). Benjamini-Hochberg over a set's terms is computed by hand below. For the set
of equal-length documents, t must equal scipy's Welch t of the documents' relative
frequencies and p scipy's exact permutation p (ttest_ind(equal_var=False, permutations=...)
with permutations >= the number of arrangements).

Run: /usr/bin/python3 exact.py > exact.json   (Python 3.11, scipy 1.10.1, Debian 12)
"""
import itertools
import json
import random
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats


def t2(xa, na, xb, nb):
    """(infinite, t^2 as a Fraction, sign) of t for the (count, length) pairs of each side."""
    def side(xs, ns):
        m = len(xs)
        r = Fraction(sum(xs), sum(ns))
        ss = sum((Fraction(x) - r * n) ** 2 for x, n in zip(xs, ns))
        return r, Fraction(m, m - 1) * ss / Fraction(sum(ns)) ** 2
    ra, va = side(xa, na)
    rb, vb = side(xb, nb)
    d, v = ra - rb, va + vb
    if d == 0:
        return (False, Fraction(0), 0)
    if v == 0:
        return (True, Fraction(0), 1 if d > 0 else -1)
    return (False, d * d / v, 1 if d > 0 else -1)


def as_float(t):
    inf, sq, sign = t
    if inf:
        return sign * float("inf")
    return sign * float(sq) ** 0.5


def reaches(drawn, observed):
    if observed[0]:
        return drawn[0]
    return drawn[0] or drawn[1] >= observed[1]


def bh(ps):
    """Benjamini-Hochberg adjusted p-values, as R's p.adjust(method = "BH")."""
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    adj = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, ps[i] * m / rank)
        adj[i] = running
    return adj


def analyse(name, docs):
    terms = sorted({t for d in docs for t in d["counts"]})
    n = [sum(d["counts"].values()) for d in docs]
    a = [i for i, d in enumerate(docs) if d["side"] == "A"]
    b = [i for i, d in enumerate(docs) if d["side"] == "B"]
    out = {}
    for term in terms:
        x = [d["counts"].get(term, 0) for d in docs]
        def t_of(ia):
            ib = [i for i in range(len(docs)) if i not in ia]
            return t2([x[i] for i in ia], [n[i] for i in ia], [x[i] for i in ib], [n[i] for i in ib])
        obs = t_of(a)
        total = hits = 0
        for ia in itertools.combinations(range(len(docs)), len(a)):
            total += 1
            hits += reaches(t_of(list(ia)), obs)
        out[term] = {"t": as_float(obs), "p": hits / total, "arrangements": total,
                     "count_a": sum(x[i] for i in a), "count_b": sum(x[i] for i in b),
                     "doc_freq_a": sum(1 for i in a if x[i] > 0), "doc_freq_b": sum(1 for i in b if x[i] > 0)}
        if len(set(n)) == 1:
            # Equal lengths: Welch's t of the relative frequencies, and scipy's exact
            # permutation p of it.
            fa = np.array([x[i] / n[i] for i in a])
            fb = np.array([x[i] / n[i] for i in b])
            res = stats.ttest_ind(fa, fb, equal_var=False, permutations=10**6)
            out[term]["scipy_t"] = float(res.statistic) if np.isfinite(res.statistic) else None
            out[term]["scipy_p"] = float(res.pvalue) if np.isfinite(res.pvalue) else None
    adj = bh([out[t]["p"] for t in terms])
    for t, q in zip(terms, adj):
        out[t]["p_bh"] = q
    return {"event": name, "docs": docs, "terms": out}


def doc(id, side, **counts):
    return {"id": id, "side": side, "counts": {k: v for k, v in counts.items() if v}}


equal = [  # every document 10 words; kiwi's and fig's relative frequencies all differ
    doc("a1", "A", kiwi=3, plum=2, fig=5),
    doc("a2", "A", kiwi=5, plum=2, fig=3),
    doc("a3", "A", kiwi=6, plum=2, fig=2),
    doc("a4", "A", kiwi=7, lemon=1, plum=2),
    doc("b1", "B", plum=2, fig=8),
    doc("b2", "B", kiwi=1, plum=2, fig=7),
    doc("b3", "B", kiwi=2, plum=2, fig=6),
    doc("b4", "B", kiwi=4, plum=2, fig=4),
]
unequal = [
    doc("a1", "A", mango=2, pear=1, fig=2),
    doc("a2", "A", mango=3, fig=5),
    doc("a3", "A", mango=1, pear=2, lime=1, fig=8),
    doc("b1", "B", pear=1, fig=5),
    doc("b2", "B", mango=1, pear=3, fig=6),
    doc("b3", "B", lime=2, fig=2),
    doc("b4", "B", pear=2, fig=7),
]
rng = random.Random(20261125)
monte = []
for i in range(16):
    side = "A" if i < 8 else "B"
    length = rng.randint(6, 30)
    olive = rng.randint(0, 4 if side == "A" else 2)
    date = rng.randint(0, 3)
    monte.append(doc(f"{side.lower()}{i % 8 + 1}", side, olive=olive, date=date, fig=length - olive - date))

print(json.dumps({"generator": f"exact.py, Python 3.11, scipy {scipy.__version__}",
                  "sets": [analyse("equal", equal), analyse("unequal", unequal), analyse("monte", monte)]}, indent=1))
