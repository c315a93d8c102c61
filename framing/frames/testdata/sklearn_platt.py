# Reference figures for framing/frames' Platt scaling and the CPCC estimator, computed
# with scikit-learn (Debian's python3-sklearn 1.2.1, numpy 1.24.2, scipy 1.10.1):
#
#   /usr/bin/python3 testdata/sklearn_platt.py > testdata/sklearn-platt.json
#
# The data are made up (no text). For each case: out-of-fold probabilities and codes of
# training documents, and a group's probabilities. The scores are the probabilities'
# logits. scikit-learn's sklearn.calibration._sigmoid_calibration fits Platt's
# P = 1/(1 + exp(A·s + B)) with Platt's targets (N+ + 1)/(N+ + 2) and 1/(N- + 2) by BFGS
# (gtol 1e-5); the script then polishes (A, B) by Newton's method on the same objective
# until the gradient is below 1e-12, and checks that scikit-learn's answer is within 1e-4
# of it. framing/frames' (a, b) are (-A, -B). "cpcc" is the mean over the group of
# ρ = 1/(1 + exp(A·logit(q) + B)). "sld" is the posterior mean of the group's share
# T = (1/n)·Σ Pᵢ(θ) under the likelihood Π (θ·ρᵢ/π + (1 − θ)·(1 − ρᵢ)/(1 − π)), π the
# training share, Pᵢ(θ) = θ·ρᵢ/π / (θ·ρᵢ/π + (1 − θ)·(1 − ρᵢ)/(1 − π)), and the prior
# Beta(1 + 2π, 1 + 2(1 − π)), by scipy.integrate.quad.
import json
import numpy as np
import scipy
import sklearn
from scipy import integrate
from sklearn.calibration import _sigmoid_calibration


def lcg_stream(state):
    """A linear congruential generator (Numerical Recipes' constants), in [0, 1)."""
    while True:
        state = (1664525 * state + 1013904223) % 2**32
        yield state / 2**32


def logit(p):
    p = np.clip(np.asarray(p, float), 1e-15, 1 - 1e-15)
    return np.log(p / (1 - p))


def polish(s, y, A, B):
    npos, nneg = y.sum(), (1 - y).sum()
    t = np.where(y == 1, (npos + 1) / (npos + 2), 1 / (nneg + 2))
    for _ in range(100):
        p = 1 / (1 + np.exp(A * s + B))  # P(frame)
        # d loss / dA = sum (t - p) * s with P = 1/(1+exp(A s + B))
        g = np.array([((t - p) * s).sum(), (t - p).sum()])
        w = p * (1 - p)
        H = np.array([[(w * s * s).sum(), (w * s).sum()], [(w * s).sum(), w.sum()]])
        if np.abs(g).max() < 1e-12:
            break
        step = np.linalg.solve(H, g)
        A, B = A - step[0], B - step[1]
    assert np.abs(g).max() < 1e-9, g
    return A, B


cases = []
# The hand model of prevalence_test.go: 4 documents with the frame, 6 without.
cases.append({"name": "hand", "probs": [0.9, 0.8, 0.7, 0.3, 0.6, 0.2, 0.2, 0.1, 0.1, 0.05],
              "codes": [1, 1, 1, 1, 0, 0, 0, 0, 0, 0], "group": [0.5, 0.25, 0.9]})
# Separable: every document with the frame above every one without.
cases.append({"name": "separable", "probs": [0.95, 0.9, 0.8, 0.4, 0.3, 0.1, 0.05],
              "codes": [1, 1, 1, 0, 0, 0, 0], "group": [0.6, 0.2]})
# 60 documents: probabilities too confident (the codes follow a flatter curve).
r = lcg_stream(2024)
probs, codes, group = [], [], []
for i in range(60):
    p = 0.02 + 0.96 * next(r)
    probs.append(round(p, 6))
    true = 1 / (1 + np.exp(-0.5 * logit(p) + 0.3))
    codes.append(1 if next(r) < true else 0)
for i in range(15):
    group.append(round(0.02 + 0.96 * next(r), 6))
cases.append({"name": "overconfident", "probs": probs, "codes": codes, "group": group})

for c in cases:
    s, y = logit(c["probs"]), np.array(c["codes"], float)
    A, B = _sigmoid_calibration(s, y)
    pa, pb = polish(s, y, A, B)
    assert abs(pa - A) < 1e-4 and abs(pb - B) < 1e-4, (A, B, pa, pb)
    c["sklearn_a"], c["sklearn_b"] = -float(A), -float(B)
    c["a"], c["b"] = -float(pa), -float(pb)
    rho = 1 / (1 + np.exp(pa * logit(c["group"]) + pb))
    c["cpcc"] = float(np.mean(rho))
    pi = y.mean()
    f1, f0 = rho / pi, (1 - rho) / (1 - pi)

    def weight(th):
        return th ** (2 * pi) * (1 - th) ** (2 * (1 - pi)) * np.prod(th * f1 + (1 - th) * f0)

    num = integrate.quad(lambda th: weight(th) * np.mean(th * f1 / (th * f1 + (1 - th) * f0)), 0, 1, epsabs=1e-13, epsrel=1e-12)[0]
    den = integrate.quad(weight, 0, 1, epsabs=1e-13, epsrel=1e-12)[0]
    c["sld"] = num / den

print(json.dumps({"source": "testdata/sklearn_platt.py, scikit-learn " + sklearn.__version__ + ", numpy " + np.__version__
                  + ", scipy " + scipy.__version__,
                  "cases": cases}, indent=1))
