#!/usr/bin/env python3
"""Training cost of a cross-check over all solvable groups of order <= 200 (docs/cluster.md).

usage: gap -q bench/cluster/smallgroups_counts.g > counts.txt; bench/cluster/cost.py counts.txt
Sums steps x layers over 4 families, depths 1-4 and 3 seeds per solvable group, with the default
step rule of `TrainingRecipe.defaultSteps` (restated here; the old rule too, for comparison),
and converts at the measured 26.7 ms per step x layer unit.
"""
import sys


def rule_steps(order, layers, larger_budget=True):
    doublings, v = 0, 8
    while v < order:
        v, doublings = v * 2, doublings + 1
    steps = min(10000, layers * (3000 + 1000 * doublings))
    if larger_budget and layers >= 2 and order > 32:
        steps = max(steps, min(20000, 54000 // layers))
    return steps


groups, units = 0, {True: 0, False: 0}
with open(sys.argv[1]) as f:
    for line in f:
        order, count, not_solvable = map(int, line.split())
        groups += count - not_solvable
        for larger in units:
            units[larger] += (count - not_solvable) * 4 * 3 * sum(
                rule_steps(order, depth, larger) * depth for depth in range(1, 5))
print(f"{groups} solvable groups")
for larger, name in ((True, "rule of 5 Dec 2026"), (False, "rule before it")):
    print(f"{name}: {units[larger]:.3g} step x layer units, {units[larger] * 0.0267 / 3600:,.0f} CPU-hours")
