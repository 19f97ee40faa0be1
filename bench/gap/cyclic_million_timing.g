# GAP side of `tower group C1000000` (docs/performance.md, docs/group.md): the same invariants
# on GAP's regular cyclic permutation group of order 10^6.  Run: gap -q bench/gap/cyclic_million_timing.g
t := Runtime();;
G := CyclicGroup(IsPermGroup, 1000000);;
Size(G);; DerivedSeries(G);; LowerCentralSeries(G);; CompositionSeries(G);; AbelianInvariants(G);;
Print("C1000000 ", Runtime() - t, " ms\n");
QUIT;
