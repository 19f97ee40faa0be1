"""SymPy side of `tower bench groups --sympy`: the only copy of the timed SymPy code.

For each group the command writes the generators to a JSON file {"degree": n, "gens": [[...], ...]}
(0-based image lists) and runs `python3 bench/sympy/groups.py FILE`, killing it after the timeout.
The timed region is exactly G.order() + derived_series() (perf_counter, seconds); the output is one
line "TOWER-BENCH <seconds> <order> <order of each derived series member, comma-separated>".
Run by hand (S4):  python3 bench/sympy/groups.py
"""
import json
import sys
import time

from sympy.combinatorics import Permutation, PermutationGroup


def time_group(degree, gens):
    G = PermutationGroup([Permutation(g, size=degree) for g in gens])
    t0 = time.perf_counter()
    size = G.order()
    orders = [H.order() for H in G.derived_series()]
    t = time.perf_counter() - t0
    print("TOWER-BENCH", t, size, ",".join(str(o) for o in orders))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as f:
            case = json.load(f)
        time_group(case["degree"], case["gens"])
    else:
        time_group(4, [[1, 2, 3, 0], [1, 0, 2, 3]])
