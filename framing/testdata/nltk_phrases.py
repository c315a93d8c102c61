"""Independent association scores for framing's phrase tests (TestPhrasesNLTK).

Reads JSON from stdin: {"texts": [...], "bigrams": [[w1, w2], ...], "trigrams": [[w1, w2, w3], ...]}.
Each text is split into clauses at , ; : . ! ? ( ) (the texts of the test use no other
punctuation), each clause is lowercased and split into words (runs of ASCII letters), and
the clauses are given to NLTK's collocation finders as documents, so that no n-gram spans
two clauses. Writes JSON: the number of words, every bigram and trigram with its count, and
NLTK's likelihood_ratio of each bigram and trigram asked for.

Run with Debian's python3-nltk (NLTK 3.8): apt-get install -y python3-nltk.
"""
import json
import re
import sys

import nltk
from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

req = json.load(sys.stdin)
clauses = []
for text in req["texts"]:
    for part in re.split(r"[,;:.!?()]", text):
        words = re.findall(r"[A-Za-z]+", part.lower())
        if words:
            clauses.append(words)

bf = BigramCollocationFinder.from_documents(clauses)
tf = TrigramCollocationFinder.from_documents(clauses)
out = {
    "nltk": nltk.__version__,
    "words": bf.word_fd.N(),
    "trigram_words": tf.word_fd.N(),
    "bigram_counts": [[list(k), v] for k, v in sorted(bf.ngram_fd.items())],
    "trigram_counts": [[list(k), v] for k, v in sorted(tf.ngram_fd.items())],
    "bigram_g2": [bf.score_ngram(BigramAssocMeasures.likelihood_ratio, *b) for b in req["bigrams"]],
    "trigram_g2": [tf.score_ngram(TrigramAssocMeasures.likelihood_ratio, *t) for t in req["trigrams"]],
}
json.dump(out, sys.stdout)
