# Reference figures for framing/frames' logistic regression solvers, computed with
# scikit-learn (Debian's python3-sklearn 1.2.1, numpy 1.24.2, scipy 1.10.1):
#
#   python3 testdata/sklearn_logistic.py > testdata/sklearn-logistic.json
#
# The data are made up by the formulas below (no text). scikit-learn's LogisticRegression
# minimises C·Σ log-loss + ½‖w‖² with the intercept not penalised, the objective
# framing/frames minimises. The solver is newton-cg, which stops when the gradient's
# largest entry is below tol (lbfgs, scikit-learn's default, stops on a relative decrease
# of the objective and was 3e-4 from the minimum here; newton-cg's line search fails below
# 1e-8); the script checks the gradient reached, so the figures are exact to about 1e-7.
import json
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

n, p = 30, 8
state = 12345


def lcg():
    """A linear congruential generator (Numerical Recipes' constants), in [0, 1)."""
    global state
    state = (1664525 * state + 1013904223) % 2**32
    return state / 2**32


X = np.zeros((n, p))
for i in range(n):
    for j in range(p):
        u = lcg()
        X[i, j] = 0.0 if u < 0.4 else round(4 * lcg(), 2)  # sparse, like term weights
w2 = np.array([1.0, -0.8, 0.5, 0, 0.7, -0.3, 0, 0.2])
y2 = np.array([1 if X[i] @ w2 - 0.5 + (lcg() - 0.5) * 2 > 0 else 0 for i in range(n)])
w3 = np.array([[0.9, 0, -0.5, 0.3, 0, 0, 0.4, 0], [0, 0.8, 0, -0.4, 0.6, 0, 0, 0.2], [-0.3, 0, 0.7, 0, 0, 0.5, 0, 0]])
y3 = np.array([int(np.argmax(w3 @ X[i] + np.array([lcg(), lcg(), lcg()]) * 2)) for i in range(n)])

out = {
    "source": "scikit-learn %s LogisticRegression(solver='newton-cg', tol=1e-8, max_iter=100000); testdata/sklearn_logistic.py" % sklearn.__version__,
    "X": X.tolist(),
    "binary": {"y": y2.tolist(), "fits": []},
    "multinomial": {"y": y3.tolist(), "fits": []},
}
for C in [0.1, 1.0, 10.0]:
    m = LogisticRegression(C=C, solver="newton-cg", tol=1e-8, max_iter=100000).fit(X, y2)
    out["binary"]["fits"].append({"C": C, "coef": m.coef_[0].tolist(), "intercept": float(m.intercept_[0]),
                                  "proba": m.predict_proba(X)[:, 1].tolist()})
    m = LogisticRegression(C=C, solver="newton-cg", tol=1e-8, max_iter=100000, multi_class="multinomial").fit(X, y3)
    out["multinomial"]["fits"].append({"C": C, "coef": m.coef_.tolist(), "intercept": m.intercept_.tolist(),
                                       "proba": m.predict_proba(X).tolist()})
# The gradient of the objective at scikit-learn's answers.
for fit in out["binary"]["fits"]:
    w, b, C = np.array(fit["coef"]), fit["intercept"], fit["C"]
    r = 1 / (1 + np.exp(-(X @ w + b))) - y2
    assert max(np.abs(C * X.T @ r + w).max(), abs(C * r.sum())) < 1e-7
for fit in out["multinomial"]["fits"]:
    W, b, C = np.array(fit["coef"]), np.array(fit["intercept"]), fit["C"]
    eta = X @ W.T + b
    P = np.exp(eta - eta.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    R = P - np.eye(3)[y3]
    assert max(np.abs(C * R.T @ X + W).max(), np.abs(C * R.sum(axis=0)).max()) < 1e-7
print(json.dumps(out, indent=1))
