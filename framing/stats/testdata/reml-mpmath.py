# Reference figures for the restricted-likelihood (REML) random-effects pooling, written for
# framediff (framing/stats/reml_test.go). Independent of the Go code: it maximizes the
# restricted log-likelihood itself, at 50 significant digits (mpmath), over a fine grid of
# τ² and then by root finding on its numerical derivative, and reports every local maximum.
#
# Model: one term's log odds ratio y_i in event i, with its within-event variance v_i (from
# the 2×2 table (a, n1−a; b, n2−b), 1/2 added to every cell of a table with a zero cell),
# is y_i ~ N(μ, v_i + τ²), independent. Integrating μ out under a flat prior (Patterson &
# Thompson 1971; Harville 1977) leaves the restricted likelihood of τ² ≥ 0; with
# w_i = 1/(v_i + τ²) and μ̂ = Σ w_i y_i / Σ w_i its logarithm is
#
#     ℓ(τ²) = −½ Σ ln(v_i + τ²) − ½ ln Σ w_i − ½ Σ w_i (y_i − μ̂)² − ½ (k−1) ln 2π.
#
# (Σ w_i (y_i − μ)² = Σ w_i (y_i − μ̂)² + Σw (μ − μ̂)², and the Gaussian integral of
# exp(−½ Σw (μ − μ̂)²) over μ is √(2π/Σw).) The REML τ² is the τ² ≥ 0 where ℓ is largest.
#
# Where the maximum can be: |y_i − μ̂| ≤ R = max y − min y, so Σ w_i² (y_i − μ̂)² ≤ k R² w_max²,
# and Σw − Σw²/Σw = Σ_{i≠j} w_i w_j / Σw ≥ (k−1) w_min²/w_max. ℓ's derivative is half their
# difference (differentiate ℓ term by term; the μ̂ terms cancel as μ̂ minimizes the sum of
# squares), so it is negative once k R² w_max³ < (k−1) w_min²; for τ² ≥ v_max,
# w_max ≤ 1/τ² and w_min ≥ 1/(2τ²), which holds when τ² > 4 k R² / (k−1). So every maximum
# lies in [0, B], B = max(v_max, 4kR²/(k−1)) (the script also checks ℓ' < 0 at B
# numerically). The grid is τ² = 0 and 4,000 points spaced geometrically from B·1e-14 to
# B; each grid point higher than its neighbours is refined by a root of ℓ' (numerical
# derivative, mpmath.diff) between those neighbours, and 0 is a candidate when ℓ falls
# from it.
#
# At the global maximum it reports μ̂, its standard error 1/√Σw, z, the two-sided normal
# p-value, the 95% interval, I² = 100 τ²/(τ² + s²) with s² = (k−1) Σw₀ / ((Σw₀)² − Σw₀²)
# (w₀ = 1/v_i, Higgins & Thompson 2002), Cochran's Q with its chi-square p-value, and
# every local maximum (τ², ℓ).
#
# Run: python3 reml-mpmath.py > reml-mpmath.json   (Debian python3-mpmath 1.2.1)
import json
import sys
import mpmath
from mpmath import mp, mpf, log, sqrt, erfc, erfinv, gammainc, diff, findroot, pi, inf

mp.dps = 50


def log_odds(a, n1, b, n2):
    cells = [mpf(a), mpf(n1 - a), mpf(b), mpf(n2 - b)]
    if 0 in (a, n1 - a, b, n2 - b):
        cells = [c + mpf(1) / 2 for c in cells]
    A, B, C, D = cells
    return log(A * D / (B * C)), 1 / A + 1 / B + 1 / C + 1 / D


def restricted_loglik(y, v, t2):
    w = [1 / (vi + t2) for vi in v]
    sw = sum(w)
    mu = sum(wi * yi for wi, yi in zip(w, y)) / sw
    k = len(y)
    return -(sum(log(vi + t2) for vi in v) + log(sw) + sum(wi * (yi - mu) ** 2 for wi, yi in zip(w, y))) / 2 \
        - (k - 1) * log(2 * pi) / 2


def maxima(y, v):
    k = len(y)
    R = max(y) - min(y)
    B = max(max(v), 4 * k * R * R / (k - 1))
    f = lambda t: restricted_loglik(y, v, t)
    df = lambda t: diff(f, t)
    assert df(B) < 0, "the derivative is not negative at the bound"
    n = 4000
    grid = [mpf(0)] + [B * mpf(10) ** (-14 + 14 * mpf(i) / (n - 1)) for i in range(n)]
    ll = [f(t) for t in grid]
    found = []
    if ll[0] > ll[1]:
        # ℓ falls from 0: a maximum on the boundary (its one-sided derivative is ≤ 0).
        assert diff(f, mpf(0), direction=1) <= 0
        found.append((mpf(0), ll[0]))
    for i in range(1, len(grid) - 1):
        if ll[i] >= ll[i - 1] and ll[i] >= ll[i + 1]:
            t = findroot(df, (grid[i - 1], grid[i + 1]), solver="anderson")
            assert grid[i - 1] <= t <= grid[i + 1] and diff(f, t, 2) < 0
            found.append((t, f(t)))
    return found


def pooled(y, v, t2):
    k = len(y)
    w = [1 / (vi + t2) for vi in v]
    sw = sum(w)
    mu = sum(wi * yi for wi, yi in zip(w, y)) / sw
    se = 1 / sqrt(sw)
    z = mu / se
    q975 = sqrt(2) * erfinv(mpf('0.95'))
    w0 = [1 / vi for vi in v]
    sw0, sw02 = sum(w0), sum(x * x for x in w0)
    fe = sum(wi * yi for wi, yi in zip(w0, y)) / sw0
    Q = sum(wi * (yi - fe) ** 2 for wi, yi in zip(w0, y))
    s2 = (k - 1) * sw0 / (sw0 * sw0 - sw02)
    return {
        "tau2": t2, "b": mu, "se": se, "z": z, "pval": erfc(abs(z) / sqrt(2)),
        "ci_lb": mu - q975 * se, "ci_ub": mu + q975 * se,
        "I2": 100 * t2 / (t2 + s2), "H2": (t2 + s2) / s2,
        "Q": Q, "Qp": gammainc(mpf(k - 1) / 2, Q / 2, inf, regularized=True),
    }


def case(name, a, n1, b, n2):
    y, v = zip(*[log_odds(*t) for t in zip(a, n1, b, n2)])
    found = maxima(list(y), list(v))
    t2, ll = max(found, key=lambda m: m[1])
    out = {"name": name, "a": a, "n1": n1, "b": b, "n2": n2}
    out.update({"reml_" + key: float(val) for key, val in pooled(list(y), list(v), t2).items()})
    out["reml_loglik"] = float(ll)
    out["reml_maxima"] = [[float(t), float(l)] for t, l in found]
    return out


# The tables of meta-edge.R, in its order (a, n1, b, n2 per event).
CASES = [
    # Issue 17: two peaks, the lower one nearer the DerSimonian–Laird start.
    ("two peaks", [1, 3011, 3, 101, 2], [1785, 1378447, 6090, 978793, 10698],
     [327, 20802, 28, 226, 0], [104760, 1281299, 35336, 322018, 2688]),
    # DerSimonian–Laird above 0, ℓ falling from τ² = 0.
    ("boundary, 3 events", [2243, 8840, 196], [104507, 187135, 52549], [1328, 1674, 13], [69110, 40651, 2155]),
    ("boundary, 5 events", [2344, 1426, 2446, 401, 317], [112691, 75873, 48410, 37715, 10618],
     [245, 291, 1355, 2046, 5021], [12506, 15791, 28054, 183447, 186210]),
    # Small τ² (below 1e-3), where a stopping rule absolute in τ² loses digits.
    ("small tau2, 5 events", [1194, 1619, 684, 5485, 1847], [135301, 99793, 11292, 186232, 126520],
     [777, 395, 5513, 4028, 988], [88809, 29575, 98352, 149658, 75964]),
    ("small tau2, large z", [190, 491, 3558], [62635, 21945, 157965], [849, 5872, 3659], [172937, 178828, 101986]),
    ("small tau2, p 0.5", [124, 858, 498], [61653, 113546, 48436], [167, 27, 1068], [89929, 3701, 97813]),
    ("small tau2, 4 events", [656, 8479, 1042, 3308], [58920, 189306, 54083, 85138],
     [1259, 5686, 2296, 21], [146917, 159067, 158447, 740]),
    ("sparse term", [3, 0, 5, 0, 2, 0], [5000, 4000, 6000, 3000, 4500, 2500], [1, 0, 0, 0, 6, 0],
     [5200, 4100, 5900, 3100, 4400, 2600]),
    ("near expectation", [1, 2], [1000, 1500], [1, 2], [1000, 1600]),
]

if __name__ == "__main__":
    cases = [case(*c) for c in CASES]
    json.dump({"about": "REML random-effects pooling of one term's log odds ratios: global maximum of the "
               "restricted log-likelihood, by mpmath " + mpmath.__version__ + " at 50 digits "
               "(reml-mpmath.py). a, n1, b, n2: each event's table (a, n1-a; b, n2-b). reml_*: named as "
               "metafor's rma fields (b, se, zval as z, pval, ci_lb, ci_ub, tau2, I2, H2, QE as Q, QEp as Qp); "
               "reml_loglik the restricted log-likelihood at the maximum, with the constant -(k-1)/2 ln 2pi "
               "(metafor's logLik adds 1/2 ln k); reml_maxima every local maximum [tau2, loglik]", "cases": cases}, sys.stdout, indent=1)
    print()
