# GAP's side of the issue-19 figures in docs/performance-groups.md: for TransitiveGroup(28,1785)
# and TransitiveGroup(30,5690), the CPU time (Runtime(), ms) of Size, DerivedSeriesOfGroup,
# LowerCentralSeriesOfGroup and CompositionSeries, each on a fresh copy of the group (so that no
# step reuses what an earlier one computed), then all four on one copy, as a report computes them.
#   gap -q bench/gap/transitive_large_timing.g < /dev/null
LoadPackage("transgrp");
SetPrintFormattingStatus("*stdout*", false);
Reset(GlobalMersenneTwister, 20261204);
Fresh := dk -> Group(GeneratorsOfGroup(TransitiveGroup(dk[1], dk[2])));
for dk in [[28, 1785], [30, 5690]] do
  line := [];
  for step in [Size, DerivedSeriesOfGroup, LowerCentralSeriesOfGroup, CompositionSeries] do
    G := Fresh(dk);
    t := Runtime();
    step(G);
    Add(line, Concatenation(NameFunction(step), " ", String(Runtime() - t), " ms"));
  od;
  G := Fresh(dk);
  t := Runtime();
  Size(G); DerivedSeriesOfGroup(G); LowerCentralSeriesOfGroup(G); CompositionSeries(G);
  Add(line, Concatenation("all four ", String(Runtime() - t), " ms"));
  Print(Concatenation("TransitiveGroup(", String(dk[1]), ",", String(dk[2]), "): ",
                      JoinStringsWithSeparator(line, ", ")), "\n");
od;
QUIT;
