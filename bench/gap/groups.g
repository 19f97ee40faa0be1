# GAP side of `tower bench groups --gap`. For each group the command writes a small script that sets
# TowerBenchGens (the catalog's generators, as PermList image lists) and reads this file, and runs it
# with `gap -q -o 16g`, killing it after the timeout. This file is the only copy of the timed GAP code.
# Run by hand (S4):  gap -q bench/gap/groups.g
# The timed region is exactly: Size + DerivedSeriesOfGroup (Runtime(), CPU milliseconds); the
# output is one line "TOWER-BENCH <ms> <order> <order of each derived series member, comma-separated>".
TimeGroupCase := function(gens)
  local G, t, size, orders;
  G := GroupWithGenerators(gens, ());
  t := Runtime();
  size := Size(G);
  orders := List(DerivedSeriesOfGroup(G), Size);
  t := Runtime() - t;
  Print("TOWER-BENCH ", t, " ", size, " ", JoinStringsWithSeparator(List(orders, String), ","), "\n");
end;

SetPrintFormattingStatus("*stdout*", false);
if IsBoundGlobal("TowerBenchGens") then
  TimeGroupCase(ValueGlobal("TowerBenchGens"));
else
  TimeGroupCase([(1,2,3,4), (1,2)]);
fi;
QUIT;
