# The scikit-learn side of BenchmarkFramesDevScikitLearn (framesdev_test.go): trains
# scikit-learn's TF-IDF + logistic regression on one cross-validation fold of frames-dev,
# with the documents, folds and penalties the Go benchmark wrote, and prints the test
# documents' ROC AUC per frame and the CPU time of training, as JSON.
#
#   python3 testdata/sklearn_frames.py SPEC.json
#
# SPEC.json: {"articles": path of frames-dev's articles.jsonl, "frames": [...],
# "train": [ids], "test": [ids], "inner": [inner fold of each training id], "c": [...]}.
#
# It prints each model's test AUC per frame and its test probabilities (per frame, in the
# order of the test ids). Two models per frame: scikit-learn's defaults (TfidfVectorizer(), LogisticRegression()),
# and LogisticRegressionCV choosing C among the same penalties as framing/frames on the
# same inner folds by log loss, the same work framing/frames does. The CPU time is
# time.process_time() around the vectorizer's fit and the models' fits (not reading the
# data or starting Python).
import json
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
from sklearn.metrics import log_loss, make_scorer, roc_auc_score

spec = json.load(open(sys.argv[1]))
rows = {}
for line in open(spec["articles"], encoding="utf-8"):
    r = json.loads(line)
    rows[r["id"]] = r
train = [rows[i] for i in spec["train"]]
test = [rows[i] for i in spec["test"]]
frames = spec["frames"]
inner = np.array(spec["inner"])
# Log loss with both labels named, since an inner fold may hold no document with a rare
# frame (framing/frames pools the out-of-fold predictions, which has no such problem).
scorer = make_scorer(log_loss, greater_is_better=False, needs_proba=True, labels=[0, 1])
splits = [(np.where(inner != k)[0], np.where(inner == k)[0]) for k in sorted(set(inner.tolist()))]
out = {"auc_default": [], "auc_cv": [], "c_cv": [], "proba_default": [], "proba_cv": []}
for name in ("default", "cv"):
    t0 = time.process_time()
    vec = TfidfVectorizer()
    xtr = vec.fit_transform([r["text"] for r in train])
    models = []
    for f in frames:
        y = np.array([int(r["frames"][f]) for r in train])
        if name == "default":
            m = LogisticRegression(max_iter=1000)
        else:
            m = LogisticRegressionCV(Cs=spec["c"], cv=splits, scoring=scorer, max_iter=1000)
        models.append(m.fit(xtr, y))
    out["cpu_" + name] = time.process_time() - t0
    xte = vec.transform([r["text"] for r in test])
    for f, m in zip(frames, models):
        y = np.array([int(r["frames"][f]) for r in test])
        proba = m.predict_proba(xte)[:, 1]
        out["auc_" + name].append(roc_auc_score(y, proba))
        out["proba_" + name].append(proba.tolist())
        if name == "cv":
            out["c_cv"].append(float(m.C_[0]))
print(json.dumps(out))
