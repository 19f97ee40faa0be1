# GAP side of `tower bench lie` (the command writes one such script per case, with its own
# seeded random matrices in place of `mats`, and runs it with `gap -q`, killing it after the
# timeout). Run by hand:  gap -q bench/gap/lie.g
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

# Example: two random integer 6 x 6 matrices (entries in -9..9) generate gl(6).
RandomMat := n -> List([1..n], i -> List([1..n], j -> Random([-9..9])));
TimeLieCase([RandomMat(6), RandomMat(6)]);
QUIT;
