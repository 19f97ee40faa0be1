# Every group of GAP's transitive library for the given degrees (issue 19, item 2; not run by the
# tests), one JSON line per group with the fields of transitive_sample.g plus gap_ms, GAP's CPU
# time (Runtime() difference, ms) for the order, the derived and lower central series and the
# composition series. Writes .build/transitive/T<d>.jsonl, one file per degree. Set DEGREES (a
# list) on the command line; FROM (default 1) resumes a degree at that group index, appending to
# its file (use it with one degree). Run from the repository root, one degree per process, after
# mkdir -p .build/transitive:
#   nice -n 15 gap -q -b -c 'DEGREES:=[24];' bench/gap/transitive_all.g < /dev/null
#   nice -n 15 gap -q -b -c 'DEGREES:=[24]; FROM:=12001;' bench/gap/transitive_all.g < /dev/null
LoadPackage("transgrp");
Read("fixtures/gap/group_common.g");
if not IsBound(DEGREES) then Error("set DEGREES, e.g. gap -c 'DEGREES:=[24];'"); fi;
if not IsBound(FROM) then FROM := 1; fi;
for d in DEGREES do
  Reset(GlobalMersenneTwister, 20261204);
  path := Concatenation(".build/transitive/T", String(d), ".jsonl");
  out := OutputTextFile(path, FROM > 1);
  SetPrintFormattingStatus(out, false);
  for k in [FROM .. NrTransitiveGroups(d)] do
    G := TransitiveGroup(d, k);
    gens := GeneratorsOfGroup(G);
    if gens = [] then gens := [()]; fi;
    t := Runtime();
    order := String(Size(G));
    derived := FixtureOrders(FixtureTruncateChain(DerivedSeriesOfGroup(G)));
    lower := FixtureOrders(FixtureTruncateChain(LowerCentralSeriesOfGroup(G)));
    factors := FixtureFactorOrders(CompositionSeries(G));
    t := Runtime() - t;
    AppendTo(out, "{\"id\":\"T", String(d), "_", String(k), "\",\"degree\":", String(d),
      ",\"generators\":", FixtureJSONList(List(gens, g -> FixtureJSONString(FixturePermString(g)))),
      ",\"gap_order\":", FixtureJSONString(order), ",\"gap_derived\":", derived,
      ",\"gap_lower_central\":", lower, ",\"gap_factors\":", factors,
      ",\"gap_ms\":", String(t), "}\n");
  od;
  CloseStream(out);
od;
QUIT;
