#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Makes the reference data of the partition similarities (adjusted Rand index and normalized
# mutual information): random and hand-picked labellings, and what scikit-learn answers on them,
# in whatif.json. tests/algorithm/whatif_test.cpp reads it (it needs no Python). Run with
# Debian's Python (python3-sklearn), from the repository's root:
#   /usr/bin/python3 tests/algorithm/reference/make_whatif_reference.py tests/algorithm/reference
import json
import os
import random
import sys

import sklearn
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

out = sys.argv[1]
rng = random.Random(17)

cases = [
    # hand-picked: identical up to renaming, one part each, all singletons, empty, one side
    # with one part, independent-looking, and large labels
    ([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9]),
    ([0, 0, 0, 0], [1, 1, 1, 1]),
    ([0, 1, 2, 3], [3, 2, 1, 0]),
    ([], []),
    ([0, 0, 0, 0, 0], [0, 1, 2, 3, 4]),
    ([0, 0, 1, 1], [0, 1, 0, 1]),
    ([7, 7, 7, 4000000000, 4000000000], [1, 1, 2, 2, 2]),
    ([0, 0, 1, 1, 1, 2], [0, 0, 1, 1, 2, 2]),
]
for n, ka, kb in [(10, 2, 3), (30, 4, 4), (50, 5, 2), (100, 8, 10), (200, 3, 12),
                  (500, 20, 20), (1000, 7, 9)]:
    a = [rng.randrange(ka) for _ in range(n)]
    # b: a noisy copy of a, so the scores spread over (0, 1)
    b = [x if rng.random() < 0.6 else rng.randrange(kb) for x in a]
    cases.append((a, b))

data = {
    "sklearn": sklearn.__version__,
    "cases": [
        {"a": a, "b": b, "ari": float(adjusted_rand_score(a, b)),
         "nmi": float(normalized_mutual_info_score(a, b))}
        for a, b in cases
    ],
}
# One case a line (repr of a float is exact, so the C++ test reads the very same doubles).
with open(os.path.join(out, "whatif.json"), "w") as f:
    f.write('{"sklearn": %s, "cases": [\n' % json.dumps(data["sklearn"]))
    f.write(",\n".join(json.dumps(c) for c in data["cases"]))
    f.write("\n]}\n")
