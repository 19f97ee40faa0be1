# GAP side of the "S_n x C2" timings in docs/performance.md (issue 18, item 7): Size, then
# DerivedSeries, LowerCentralSeries and CompositionSeries, CPU ms so far after each step.
# S100 x C2 runs for minutes (5 Dec 2026: derived series at 40.7 s, stopped at 200 s before the
# lower central series finished).  gap -q bench/gap/direct_products_timing.g < /dev/null
time1 := function(name, G)
  local t;
  t := Runtime();
  Size(G); Print(name, " size ", Runtime() - t, " ms\n");
  DerivedSeries(G); Print(name, " +derived ", Runtime() - t, " ms\n");
  LowerCentralSeries(G); Print(name, " +lcs ", Runtime() - t, " ms\n");
  CompositionSeries(G);
  Print(name, " +composition ", Runtime() - t, " ms\n");
end;
time1("S20 x C2", DirectProduct(SymmetricGroup(20), CyclicGroup(IsPermGroup, 2)));
time1("S100 x C2", DirectProduct(SymmetricGroup(100), CyclicGroup(IsPermGroup, 2)));
QUIT;
