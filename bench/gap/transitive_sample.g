# A sample of GAP's transitive groups of degree 25..30 for the issue-19 cross-check (not run by the
# tests): every 20th group of each degree and every non-solvable group of degree 28 and 30, with
# GAP's order, derived and lower central series orders and sorted composition factor orders,
# written to .build/transitive_sample.jsonl. Run from the repository root:
#   gap -q -b bench/gap/transitive_sample.g < /dev/null
#   .build/release/tower group --batch .build/transitive_sample.jsonl > .build/transitive_sample.out.jsonl
#   python3 bench/gap/compare_transitive_sample.py
# The whole library (every group of degree 2..30, one file per degree): bench/gap/transitive_all.g.
LoadPackage("transgrp");
Read("fixtures/gap/group_common.g");
Reset(GlobalMersenneTwister, 20261204);
out := FixtureOpen(".build/transitive_sample.jsonl");
for d in [25 .. 30] do
  for k in [1 .. NrTransitiveGroups(d)] do
    if k mod 20 = 0 or (d in [28, 30] and not IsSolvableGroup(TransitiveGroup(d, k))) then
      G := TransitiveGroup(d, k);
      AppendTo(out, "{\"id\":\"T", String(d), "_", String(k), "\",\"degree\":", String(d),
        ",\"generators\":", FixtureJSONList(List(GeneratorsOfGroup(G), g -> FixtureJSONString(FixturePermString(g)))),
        ",\"gap_order\":", FixtureJSONString(String(Size(G))),
        ",\"gap_derived\":", FixtureOrders(FixtureTruncateChain(DerivedSeriesOfGroup(G))),
        ",\"gap_lower_central\":", FixtureOrders(FixtureTruncateChain(LowerCentralSeriesOfGroup(G))),
        ",\"gap_factors\":", FixtureFactorOrders(CompositionSeries(G)), "}\n");
    fi;
  od;
od;
CloseStream(out);
QUIT;
