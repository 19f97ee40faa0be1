# Per order n <= 200: n, the number of groups of order n, the number of them not solvable.
# usage: gap -q bench/cluster/smallgroups_counts.g > counts.txt
for n in [1..200] do
  Print(n, " ", NumberSmallGroups(n), " ", Length(AllSmallGroups(n, IsSolvable, false)), "\n");
od;
QUIT;
