# GAP's fastest route to the derived and lower central series of Sylow subgroups of symmetric
# groups: the polycyclic group Image(IsomorphismPcGroup(G)) (GAP's permutation-group path does
# not finish Sylow2(S256) in 150 s). Prints [p, k], derived length, class, CPU ms (conversion
# included). Compared with `tower group` in docs/performance.md (issue 16).
# Run:  gap -q -b bench/gap/sylow_pc_series.g < /dev/null
SylowGenerators := function(p, k)
  local gens, l, b, cycles;
  gens := [];
  for l in [0 .. k - 1] do
    b := p ^ l;
    cycles := List([1 .. b], i -> CycleFromList(List([0 .. p - 1], j -> i + j * b)));
    Add(gens, Product(cycles));
  od;
  return gens;
end;
for pk in [[2, 7], [2, 8], [3, 4], [3, 5]] do
  t := Runtime();
  H := Image(IsomorphismPcGroup(Group(SylowGenerators(pk[1], pk[2]))));
  d := List(DerivedSeriesOfGroup(H), Size);
  l := List(LowerCentralSeriesOfGroup(H), Size);
  Print(pk, " ", Length(d) - 1, " ", Length(l) - 1, " ", Runtime() - t, " ms\n");
od;
QUIT;
