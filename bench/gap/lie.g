# GAP side of `tower bench lie --gap`. For each case the command writes a small script that sets
# TowerBenchMats (its own seeded random matrices) and reads this file, and runs it with `gap -q`,
# killing it after the timeout. This file is the only copy of the timed GAP code.
# Run by hand (two random integer 6 x 6 matrices, which generate gl(6)):  gap -q bench/gap/lie.g
# The timed region is exactly: LieAlgebra(Rationals, mats) + Dimension + LieDerivedSeries.
TimeLieCase := function(mats)
  local t, L, d, s;
  t := Runtime();
  L := LieAlgebra(Rationals, mats);
  d := Dimension(L);
  s := List(LieDerivedSeries(L), Dimension);
  t := Runtime() - t;
  Print("RESULT ", t, " ", d, " ", s, "\n");
end;

if IsBoundGlobal("TowerBenchMats") then
  TimeLieCase(ValueGlobal("TowerBenchMats"));
else
  TimeLieCase(List([1, 2], k -> List([1..6], i -> List([1..6], j -> Random([-9..9])))));
fi;
QUIT;
