# The error floor of a prevalence estimate on small groups, for the package documentation:
#
#   /usr/bin/python3 testdata/prevalence_floor.py
#
# A classifier whose scores are binormal (equal variances, the two codes' means d' apart,
# ROC AUC = Φ(d'/√2)) and whose probabilities are exactly calibrated,
# p = σ(logit π + d'·x − d'²/2), still leaves a group's coded share T = (1/n)·Σ yᵢ a distance
# |T − (1/n)·Σ pᵢ| from the mean probability, the best estimate of T given the
# probabilities. This prints its mean over groups of frames-dev's sizes (the 20 leaning
# cells of the five target folds) at the five frames' shares among the coded articles
# (aggregate figures only), 400 groups each, numpy's default generator seeded 7.
import math
import numpy as np
from scipy.stats import norm

shares = [0.674, 0.300, 0.130, 0.093, 0.444]  # conflict, economic, human interest, morality, resolution
sizes = [9, 9, 9, 10, 10, 12, 13, 13, 13, 14, 14, 14, 15, 15, 16, 16, 17, 17, 17, 17]
rng = np.random.default_rng(7)
for auc in [0.80, 0.85, 0.90, 0.95, 0.97, 0.99]:
    dp = math.sqrt(2) * norm.ppf(auc)
    errs = []
    for pi in shares:
        for n in sizes:
            for _ in range(400):
                y = rng.random(n) < pi
                x = rng.normal(dp * y, 1)
                p = 1 / (1 + np.exp(-(math.log(pi / (1 - pi)) + dp * x - dp * dp / 2)))
                errs.append(abs(y.mean() - p.mean()))
    print("ROC AUC %.2f: mean |T − mean p| %.4f" % (auc, np.mean(errs)))

# Output (Python 3.11.2, numpy 1.24.2, scipy 1.10.1):
# ROC AUC 0.80: mean |T − mean p| 0.0797
# ROC AUC 0.85: mean |T − mean p| 0.0746
# ROC AUC 0.90: mean |T − mean p| 0.0676
# ROC AUC 0.95: mean |T − mean p| 0.0561
# ROC AUC 0.97: mean |T − mean p| 0.0490
# ROC AUC 0.99: mean |T − mean p| 0.0344
